// NODE_OPTIONS applies as options do, but is not part of process.execArgv.
console.log(process.execArgv);
console.log(process.title, process.noDeprecation);
const util = require('util');
util.deprecate(() => console.log('deprecated function ran'), 'old', 'DEP0999')();
