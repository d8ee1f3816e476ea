// Checks: maxStringLength cuts strings and counts the remaining characters
const { inspect } = require('util');
console.log(inspect('abcdefghij', { maxStringLength: 4 }));
console.log(inspect(['abcdefghij', 'ab'], { maxStringLength: 1 }));
console.log(inspect('abc', { maxStringLength: null }));
