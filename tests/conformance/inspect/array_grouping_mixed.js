// Checks: mixed arrays group left-aligned; wide entries are not grouped
console.log([1, 'a', 2, 'bb', 3, 'ccc', 4, 'dddd', 5, 'eeeee', 6]);
console.log(['short', 'x'.repeat(40), 'a', 'b', 'c', 'd', 'e']);
