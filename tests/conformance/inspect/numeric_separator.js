// Checks: numericSeparator groups digits with underscores
const { inspect } = require('util');
console.log(inspect([1234567, 1234.5678, -987654321, 123n ** 5n, 0.0001, 1e21], { numericSeparator: true }));
