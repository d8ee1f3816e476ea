// zlib: zstd's exact frames (levels, checksum, pledged size), round trips in
// every form, its parameter checks and errors.
const zlib = require('zlib');
const { constants } = zlib;

const show = (label, buf) => console.log(label, buf.toString('hex'));
show('default', zlib.zstdCompressSync('hello hello hello'));
show('level 19', zlib.zstdCompressSync('hello hello hello', { params: { [constants.ZSTD_c_compressionLevel]: 19 } }));
show('checksum', zlib.zstdCompressSync('hello', { params: { [constants.ZSTD_c_checksumFlag]: 1 } }));
show('pledged', zlib.zstdCompressSync('hello', { pledgedSrcSize: 5 }));
show('empty', zlib.zstdCompressSync(''));
const text = Buffer.from('zstd round trip '.repeat(5000));
console.log('sync round trip', zlib.zstdDecompressSync(zlib.zstdCompressSync(text)).equals(text));
const dictionary = Buffer.from('a shared dictionary of words');
const withDict = zlib.zstdCompressSync('words of a shared dictionary', { dictionary });
console.log('dictionary', zlib.zstdDecompressSync(withDict, { dictionary }).toString());

function attempt(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, `${e.name} [${e.code}]: ${e.message}`, e.errno);
  }
}
attempt('pledged wrong', () => zlib.zstdCompressSync('hello', { pledgedSrcSize: 3 }));
attempt('garbage', () => zlib.zstdDecompressSync(Buffer.from('garbage data here')));
attempt('truncated', () => zlib.zstdDecompressSync(zlib.zstdCompressSync('hello world').subarray(0, 5)));
attempt('param 9999', () => zlib.createZstdCompress({ params: { 9999: 1 } }));
attempt('param type', () => zlib.createZstdCompress({ params: { 100: 'x' } }));
attempt('level clamped', () => zlib.createZstdCompress({ params: { 100: 1000 } }) instanceof zlib.ZstdCompress);
attempt('decompress param 100 = 1', () => zlib.createZstdDecompress({ params: { 100: 1 } }));
attempt('decompress param 101', () => zlib.createZstdDecompress({ params: { 101: 1 } }));
attempt('flush 3', () => zlib.zstdCompressSync('', { flush: 3 }));
attempt('pledged string', () => zlib.createZstdCompress({ pledgedSrcSize: 'x' }));
attempt('pledged negative', () => zlib.createZstdCompress({ pledgedSrcSize: -1 }));

zlib.zstdCompress(text, (err, packed) => {
  if (err) throw err;
  const d = zlib.createZstdDecompress();
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.on('end', () => console.log('stream round trip', Buffer.concat(parts).equals(text)));
  d.end(packed);
});
