// Checks: console.table with a properties filter
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5 }], ['a', 'c']);
console.table({ r1: { c: 1 }, r2: { c: 22222 } }, ['c']);
try { console.table([], 'a'); } catch (e) { console.log(e.code); }
