// Checks: errors whose name or class differs from the stack header
const { inspect } = require('util');
class MyError extends Error {}
const m = new MyError('mine');
m.stack = 'Error: mine\n    at x (/x.js:1:1)';
console.log(inspect(m));
const n = new Error('renamed');
n.name = 'CustomName';
n.stack = 'CustomName: renamed\n    at y (/x.js:1:1)';
console.log(inspect(n));
const t = new TypeError('t');
t.stack = 'TypeError: t';
console.log(inspect({ t }));
