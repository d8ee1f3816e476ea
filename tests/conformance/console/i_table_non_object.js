// Checks: console.table of non-objects logs them
console.table(5);
console.table('text');
console.table(null);
console.table([]);
console.table({});
