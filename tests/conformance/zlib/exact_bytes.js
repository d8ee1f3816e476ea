// zlib: the exact bytes of small deflate, gzip and raw outputs (headers,
// levels, stored blocks, windowBits, strategies) and of a Brotli stream.
const zlib = require('zlib');

const show = (label, buf) => console.log(label, buf.toString('hex'));
show('deflate', zlib.deflateSync('hello'));
show('deflate level 1', zlib.deflateSync('hello', { level: 1 }));
show('deflate level 9', zlib.deflateSync('hello', { level: 9 }));
show('deflate level 0', zlib.deflateSync('hello hello', { level: 0 }));
show('deflate windowBits 9', zlib.deflateSync('abc', { windowBits: 9 }));
show('deflate windowBits 8', zlib.deflateSync('a', { windowBits: 8 }));
show('deflateRaw windowBits 8', zlib.deflateRawSync('a', { windowBits: 8 }));
show('gzip', zlib.gzipSync('hello'));
show('gzip empty', zlib.gzipSync(''));
show('deflateRaw', zlib.deflateRawSync('hello hello hello hello'));
show('deflateRaw huffman only', zlib.deflateRawSync('hello hello hello hello', { strategy: 2 }));
show('deflateRaw fixed', zlib.deflateRawSync('hello hello', { strategy: 4 }));
show('deflate dictionary', zlib.deflateSync('hello world', { dictionary: Buffer.from('hello') }));
show('brotli', zlib.brotliCompressSync('hello hello hello hello'));
show('brotli quality 1', zlib.brotliCompressSync('abcabcabc', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }));
