// Checks: console.table of primitive rows and mixed rows (Values column)
console.table([1, 'x', null, { y: 2 }]);
console.table(['a', 'b']);
