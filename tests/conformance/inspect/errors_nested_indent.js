// Checks: errors inside objects are indented with the object
const { inspect } = require('util');
const e = new Error('inside');
e.stack = 'Error: inside\n    at f (/x.js:1:1)\n    at g (/x.js:2:2)';
console.log(inspect({ level1: { err: e } }));
console.log(inspect([e, e]));
