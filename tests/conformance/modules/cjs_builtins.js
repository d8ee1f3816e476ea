const fs = require('timers'), nfs = require('node:timers');
console.log('timers === node:timers', fs === nfs);
console.log(require('timers').setTimeout === setTimeout);
console.log(typeof require('timers/promises').setTimeout, require('node:timers/promises') === require('timers/promises'));
console.log(require('events') === require('node:events'), typeof require('events').EventEmitter);
console.log(require('node:path') === require('path'), require('path/posix') === require('path'));
console.log(require('assert/strict') === require('assert').strict, require('node:os').EOL === '\n');
try { require('node:nope'); } catch (e) { console.log(e.code, e.message); }
