// Checks: %d %i %f with numbers, strings, bigints, symbols, objects
const util = require('util');
console.log(util.format('%d %d %d %d %d', 42, '42.5', 5n, Symbol('x'), {}));
console.log(util.format('%i %i %i %i', 42.9, '-3.7', 7n, Symbol('y')));
console.log(util.format('%f %f %f %f', '3.25', 'abc', -0, Symbol('z')));
console.log(util.format('%d', -0), util.format('%d', ''), util.format('%i', '0x1A'));
