// zlib: bad or truncated input fails with zlib's message, errno and code,
// thrown by the Sync forms and passed to callbacks and 'error' listeners.
const zlib = require('zlib');

const describe = (e) => `${e.name}: ${e.message} errno=${e.errno} code=${e.code} keys=${Object.keys(e)}`;
const needsDict = Buffer.from([0x78, 0xBB, 0x04, 0x09, 0x01, 0xA5]);
const cases = [
  ['gunzipSync garbage', () => zlib.gunzipSync(Buffer.from('not gzip at all'))],
  ['inflateSync garbage', () => zlib.inflateSync(Buffer.from('not zlib at all'))],
  ['gunzipSync truncated', () => zlib.gunzipSync(zlib.gzipSync('hello').subarray(0, 12))],
  ['inflateSync truncated', () => zlib.inflateSync(zlib.deflateSync('hello world').subarray(0, 5))],
  ['inflateRawSync bad block', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff]))],
  ['inflateSync missing dictionary', () => zlib.inflateSync(needsDict)],
  ['inflateSync wrong dictionary', () => zlib.inflateSync(needsDict, { dictionary: Buffer.from('fail') })],
  ['brotliDecompressSync truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello world').subarray(0, 3))],
  ['gunzipSync empty', () => zlib.gunzipSync(Buffer.alloc(0))],
];
for (const [label, f] of cases) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, describe(e), e instanceof Error);
  }
}

zlib.gunzip(Buffer.from('not gzip at all'), (err, result) => {
  console.log('gunzip callback:', describe(err), result);
  const stream = zlib.createInflate();
  stream.on('error', (e) => {
    console.log('stream error:', describe(e), 'destroyed', stream.destroyed);
  });
  stream.on('close', () => console.log('stream close'));
  stream.end(Buffer.from('garbage'));
});
