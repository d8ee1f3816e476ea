// Checks: errors with a cause print [cause] (error and non-error causes)
const { inspect } = require('util');
const c = new Error('inner');
c.stack = 'Error: inner\n    at a (/x.js:1:1)';
const e = new Error('outer', { cause: c });
e.stack = 'Error: outer\n    at b (/x.js:2:1)';
console.log(inspect(e));
const s = new Error('with string cause', { cause: 'just a string' });
s.stack = 'Error: with string cause';
console.log(inspect(s));
