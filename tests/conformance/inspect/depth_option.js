// Checks: depth option: 0, 1, Infinity and null
const { inspect } = require('util');
const o = { a: { b: { c: { d: { e: 'deep' } } } } };
for (const depth of [0, 1, Infinity, null]) console.log(inspect(o, { depth }));
console.log(inspect([[[]]], { depth: 0 }));
