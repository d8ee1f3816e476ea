// Checks: numericSeparator keeps -0, the sign of -1 < x < 0, and exponent notation as they are
// (found by the inspect fuzzer: 1e-7 printed as `0.-7`, -0.5 as `0.5`, -0 as `0`).
const { inspect } = require('util');
const numbers = [1e-7, -1.5e-7, -0, 0.5, -0.5, -0.000123, -1234.5678, 1234567.1234567, 1.5e300, -1e21,
  2 ** 53 + 0.5, 0.000001234, -123456789.123, NaN, -Infinity];
for (const n of numbers) console.log(inspect(n, { numericSeparator: true }));
console.log(inspect({ a: -0, b: [-0.25] }, { numericSeparator: true }));
console.log(require('util').formatWithOptions({ numericSeparator: true }, '%d %i %f', -0.5, -0, 1e-9));
