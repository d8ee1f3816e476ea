// Checks: errors with a stack print the stack; without frames in brackets
const { inspect } = require('util');
const e = new Error('boom');
e.stack = 'Error: boom\n    at fake (/x.js:1:1)';
console.log(inspect(e));
const r = new RangeError('no frames');
r.stack = 'RangeError: no frames';
console.log(inspect(r));
console.log(inspect([r]));
