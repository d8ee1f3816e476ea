// Checks: promisify: callback APIs, errors, util.promisify.custom
const util = require('util');
const add = (a, b, cb) => cb(null, a + b);
const fail = (cb) => cb(new Error('failed'));
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
util.promisify(add)(1, 2).then((v) => console.log('sum', v));
util.promisify(fail)().catch((e) => console.log('error', e.message));
console.log(util.promisify(custom) === custom[util.promisify.custom]);
util.promisify(custom)().then((v) => console.log(v));
try { util.promisify(1); } catch (e) { console.log(e.code, e.message); }
