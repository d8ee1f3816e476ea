// Checks: %o (showHidden, depth 4) and %O (inspect)
const util = require('util');
console.log(util.format('%o', [1, { a: 2 }]));
console.log(util.format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(util.format('%o', { f() {} }));
