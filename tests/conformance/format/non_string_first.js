// Checks: a non-string first argument: everything inspected and joined with spaces
const util = require('util');
console.log(util.format(1, '%s', 'x'), util.format({ a: 1 }, 'b'), util.format(null, undefined));
console.log(util.format());
