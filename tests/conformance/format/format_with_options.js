// Checks: formatWithOptions passes inspect options; invalid options throw
const util = require('util');
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, '%O'));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, 'n=%d', 5, 7)));
try { util.formatWithOptions(null, 'x'); } catch (e) { console.log(e.code, e.message); }
