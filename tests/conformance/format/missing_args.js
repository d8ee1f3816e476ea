// Checks: placeholders without arguments stay as written
const util = require('util');
console.log(util.format('%s and %d and %j', 'only'));
console.log(util.format('%s'), util.format('%'), util.format('%x %s', 'y'));
