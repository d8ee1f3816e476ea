// Checks: %j: JSON, circular, undefined
const util = require('util');
console.log(util.format('%j', { a: [1, 'b'] }));
const c = {};
c.c = c;
console.log(util.format('%j', c));
console.log(util.format('%j %j', undefined, 'str'));
