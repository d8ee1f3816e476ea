// Checks: sorted: true and a comparator
const { inspect } = require('util');
const o = { c: 1, a: 2, b: 3 };
console.log(inspect(o, { sorted: true }));
console.log(inspect(o, { sorted: (x, y) => (x < y ? 1 : -1) }));
console.log(inspect(new Map([['z', 1], ['a', 2]]), { sorted: true }));
