// Checks: count and countReset with default and named labels, missing label warning
console.count();
console.count();
console.count('apples');
console.count('apples');
console.countReset();
console.count();
console.count(undefined);
console.count(null);
console.countReset('nothing');
