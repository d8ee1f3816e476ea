// zlib: streams fed pseudo-random writes and flushes give Node's output
// chunk for chunk (sizes and bytes) for the codecs whose bytes are Node's:
// stored deflate and gzip, zstd, and Brotli at quality 0 and 1.
const zlib = require('zlib');
const crypto = require('crypto');
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const makers = [
  () => zlib.createDeflate({ level: 0, chunkSize: 64 + rnd(3000) }),
  () => zlib.createGzip({ level: 0, chunkSize: 64 + rnd(3000) }),
  () => zlib.createZstdCompress({ chunkSize: 64 + rnd(3000) }),
  () => zlib.createBrotliCompress({ chunkSize: 64 + rnd(3000), params: { [zlib.constants.BROTLI_PARAM_QUALITY]: rnd(2) } }),
];
const results = [];
function run(i) {
  if (i === 40) { console.log(results.join('\n')); return; }
  const kind = rnd(makers.length);
  const s = makers[kind]();
  const sizes = [];
  const parts = [];
  s.on('data', (d) => { sizes.push(d.length); parts.push(d); });
  s.on('end', () => {
    const all = Buffer.concat(parts);
    results.push(`${i} k${kind} ${sizes.length} ${sizes.slice(0, 6).join(',')} ${crypto.createHash('md5').update(all).digest('hex').slice(0, 10)}`);
    run(i + 1);
  });
  const nwrites = rnd(6);
  for (let w = 0; w < nwrites; w++) {
    const b = Buffer.alloc(rnd(20000));
    for (let j = 0; j < b.length; j++) b[j] = rnd(7) === 0 ? rnd(256) : 97 + (j % 5);
    s.write(b);
    if (rnd(3) === 0) s.flush();
  }
  s.end();
}
run(0);
