// zlib: a chunk bigger than the readable side's buffer is worked through
// only as the reader takes output: paused, the stream stops at its
// highWaterMark and holds the rest of the chunk; reading resumes it.
const zlib = require('zlib');

const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 7)) & 255;
const d = zlib.createDeflateRaw({ level: 0, chunkSize: 1024 });
console.log('write returned', d.write(big), d.writableLength);
setTimeout(() => {
  console.log('paused', d.readableLength, d.writableLength, d.bytesWritten);
  let got = 0;
  d.on('data', (c) => { got += c.length; });
  d.on('end', () => console.log('end', got, d.bytesWritten));
  d.end();
}, 100);
