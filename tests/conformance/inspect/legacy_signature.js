// Checks: the legacy inspect(value, showHidden, depth, colors) signature
const { inspect } = require('util');
const o = { a: { b: { c: { d: 1 } } } };
console.log(inspect(o, false, 0));
console.log(inspect(o, false, null));
console.log(inspect([1], true));
