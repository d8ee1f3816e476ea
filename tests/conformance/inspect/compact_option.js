// Checks: compact: false, true, 1 and 3
const { inspect } = require('util');
const o = { a: 1, b: { c: [1, 2, 3], d: 'text' }, e: 'x'.repeat(20) };
for (const compact of [false, true, 1, 3]) console.log(inspect(o, { compact }));
console.log(inspect({ long: 'y'.repeat(90), arr: [1] }, { compact: true }));
