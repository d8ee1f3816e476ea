// Checks: console.table of Map and Set uses iteration index columns
console.table(new Map([['key', { v: 1 }], [{ o: 1 }, 'val']]));
console.table(new Set(['a', 'bb', 3]));
