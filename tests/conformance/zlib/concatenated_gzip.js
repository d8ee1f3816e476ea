// zlib: gunzip/unzip decode every member of concatenated gzip data, skip
// trailing zero padding, fail on other trailing bytes, and inflate stops at
// its stream's end (or fails with rejectGarbageAfterEnd).
const zlib = require('zlib');

const members = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def'), zlib.gzipSync('ghi')]);
console.log(zlib.gunzipSync(members).toString(), zlib.unzipSync(members).toString());
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), Buffer.alloc(10)])).toString());
function attempt(label, f) {
  try {
    console.log(label, f().toString());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code, e.errno);
  }
}
attempt('gunzip garbage after', () => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), Buffer.from('xyz')])));
attempt('inflate garbage after', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('xyz')])));
attempt('inflate reject garbage', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('xyz')]), { rejectGarbageAfterEnd: true }));
zlib.gunzip(members, (err, out) => {
  console.log('callback', err, out.toString());
  const gunzip = zlib.createGunzip();
  const parts = [];
  gunzip.on('data', (d) => parts.push(d.toString()));
  gunzip.on('end', () => console.log('stream', parts.join('')));
  // One byte at a time, across member boundaries.
  for (const byte of members) gunzip.write(Buffer.from([byte]));
  gunzip.end();
});
