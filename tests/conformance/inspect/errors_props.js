// Checks: errors' own properties print after the stack in braces
const { inspect } = require('util');
const e = new TypeError('bad input');
e.stack = 'TypeError: bad input\n    at fake (/x.js:1:1)';
e.code = 'ERR_BAD';
e.info = { n: 1 };
console.log(inspect(e));
const f = new Error('x');
f.stack = 'Error: x';
f.code = 'E';
console.log(inspect(f));
