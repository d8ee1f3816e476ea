// Checks: console.dirxml logs its arguments
console.dirxml({ a: 1 }, 'text', [1]);
