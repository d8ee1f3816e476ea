// zlib: flush() makes what was written so far decodable, params() changes
// the level after a sync flush, reset() starts a new stream, and the
// info option hands back the engine.
const zlib = require('zlib');

const deflate = zlib.createDeflate();
const out = [];
deflate.on('data', (d) => out.push(d));
deflate.write('first part ');
deflate.flush(() => {
  const sofar = Buffer.concat(out);
  console.log('after flush', zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  deflate.params(0, zlib.constants.Z_DEFAULT_STRATEGY, () => {
    console.log('params', deflate._level, deflate._strategy);
    deflate.end('second part', () => {});
  });
});
deflate.on('end', () => {
  console.log('whole', zlib.inflateSync(Buffer.concat(out)).toString());
  const r = zlib.deflateSync('abc', { info: true });
  console.log('info', Object.keys(r), r.engine instanceof zlib.Deflate, r.buffer.toString('hex'));
  const g = zlib.createGzip();
  g.reset();
  const chunks = [];
  g.on('data', (d) => chunks.push(d));
  g.on('end', () => console.log('after reset', zlib.gunzipSync(Buffer.concat(chunks)).toString()));
  g.end('fresh');
});
