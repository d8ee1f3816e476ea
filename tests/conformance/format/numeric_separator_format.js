// Checks: %d and %i with numericSeparator through formatWithOptions
const util = require('util');
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567.5, 9876543, 1234.5, 1000000));
