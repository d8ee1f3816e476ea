// Checks: %s of an error prints its stack header (frames stripped)
const util = require('util');
const e = new Error('for format');
console.log(util.format('%s', e).split('\n')[0]);
console.log(util.format('%s', [e]).split('\n')[0]);
