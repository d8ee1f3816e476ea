// Checks: AggregateError shows its [errors]
const { inspect } = require('util');
const a = new Error('a');
a.stack = 'Error: a';
const agg = new AggregateError([a, 'b'], 'many');
agg.stack = 'AggregateError: many\n    at z (/x.js:1:1)';
console.log(inspect(agg));
