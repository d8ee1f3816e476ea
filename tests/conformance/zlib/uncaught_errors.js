// zlib: errors no one catches (a Sync call's, a stream's with no 'error'
// listener) reach 'uncaughtException' as Node's zlib errors, which inspect
// with their errno and code.
const zlib = require('zlib');
const util = require('util');

const shown = (e) => util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');
let step = 0;
process.on('uncaughtException', (err) => {
  console.log(`uncaught ${++step}:`, shown(err));
  if (step === 1) {
    const inflate = zlib.createInflate();
    inflate.on('close', () => console.log('inflate closed'));
    inflate.end(Buffer.from([0x78, 0x9c, 0xff, 0xff, 0xff]));
  }
});
setTimeout(() => zlib.gunzipSync(Buffer.from('this is not gzip')), 1);
