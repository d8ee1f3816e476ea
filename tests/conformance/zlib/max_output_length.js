// zlib: maxOutputLength stops a sync or callback call whose output grows
// past it with ERR_BUFFER_TOO_LARGE.
const zlib = require('zlib');

const packed = zlib.deflateSync(Buffer.alloc(100000, 'a'));
try {
  zlib.inflateSync(packed, { maxOutputLength: 1000 });
} catch (e) {
  console.log(`${e.name} [${e.code}]: ${e.message}`);
}
console.log(zlib.inflateSync(packed, { maxOutputLength: 100000 }).length);
zlib.inflate(packed, { maxOutputLength: 50000 }, (err, out) => {
  console.log(`${err.name} [${err.code}]: ${err.message}`, out);
  zlib.brotliDecompress(zlib.brotliCompressSync(Buffer.alloc(5000)), { maxOutputLength: 10 }, (err2) => {
    console.log(`${err2.name} [${err2.code}]: ${err2.message}`);
  });
});
