// Checks: breakLength: small, default 80 boundary, Infinity
const { inspect } = require('util');
const o = { alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddd' };
console.log(inspect(o));
console.log(inspect(o, { breakLength: 40 }));
console.log(inspect(o, { breakLength: Infinity }));
console.log(inspect({ a: 1 }, { breakLength: 1 }));
