const lib = require('./fixtures/basic/lib');
const lib2 = require('./fixtures/basic/lib.js');
console.log('same instance:', lib === lib2, lib);
console.log(lib.inc(), lib2.inc());
