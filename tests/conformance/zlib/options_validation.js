// zlib: option checks: ranges, types, defaults for undefined/NaN, windowBits
// 0 for inflate only, Brotli params and flush ranges, dictionary types.
const zlib = require('zlib');

function attempt(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? '' : r);
  } catch (e) {
    console.log(label, `${e.name} [${e.code}]: ${e.message}`);
  }
}
attempt('level -2', () => zlib.createDeflate({ level: -2 }));
attempt('level 10', () => zlib.deflateSync('x', { level: 10 }));
attempt('level string', () => zlib.createDeflate({ level: '1' }));
attempt('level Infinity', () => zlib.createDeflate({ level: Infinity }));
attempt('level NaN', () => zlib.createDeflate({ level: NaN })._level);
attempt('strategy NaN', () => zlib.createGzip({ strategy: NaN })._strategy);
attempt('memLevel 0', () => zlib.createGzip({ memLevel: 0 }));
attempt('memLevel 10', () => zlib.createGzip({ memLevel: 10 }));
attempt('strategy 5', () => zlib.createDeflate({ strategy: 5 }));
attempt('windowBits 0 gzip', () => zlib.createGzip({ windowBits: 0 }));
attempt('windowBits 8 gzip', () => zlib.createGzip({ windowBits: 8 }));
attempt('windowBits 0 inflate', () => zlib.inflateSync(zlib.deflateSync('abc'), { windowBits: 0 }).toString());
attempt('windowBits 0 gunzip', () => zlib.gunzipSync(zlib.gzipSync('abc'), { windowBits: 0 }).toString());
attempt('windowBits 16', () => zlib.createDeflate({ windowBits: 16 }));
attempt('chunkSize 0', () => zlib.createGzip({ chunkSize: 0 }));
attempt('chunkSize 63', () => zlib.createGzip({ chunkSize: 63 }));
attempt('chunkSize string', () => zlib.createGzip({ chunkSize: '64' }));
attempt('chunkSize NaN', () => zlib.createGzip({ chunkSize: NaN })._chunkSize);
attempt('flush 6', () => zlib.createDeflate({ flush: 6 }));
attempt('finishFlush -1', () => zlib.createDeflate({ finishFlush: -1 }));
attempt('maxOutputLength 0', () => zlib.createDeflate({ maxOutputLength: 0 }));
attempt('brotli flush 4', () => zlib.brotliCompressSync('', { flush: zlib.constants.Z_FINISH }));
attempt('brotli param 99', () => zlib.createBrotliCompress({ params: { 99: 1 } }));
attempt('brotli param name', () => zlib.createBrotliCompress({ params: { quality: 1 } }));
attempt('brotli param string', () => zlib.createBrotliCompress({ params: { 1: 'x' } }));
attempt('brotli param boolean', () => zlib.createBrotliCompress({ params: { 4: true } }) instanceof zlib.BrotliCompress);
attempt('brotli decoder param 5', () => zlib.createBrotliDecompress({ params: { 5: 1 } }));
attempt('dictionary number', () => zlib.createDeflate({ dictionary: 5 }));
attempt('dictionary ArrayBuffer', () => zlib.createDeflate({ dictionary: new ArrayBuffer(4) }) instanceof zlib.Deflate);
attempt('input number', () => zlib.gzipSync(5));
attempt('input null', () => zlib.deflate(null, () => {}));
attempt('input number callback', () => zlib.deflate(5, () => {}));
attempt('no callback', () => zlib.deflate('a'));
attempt('params level 99', () => zlib.createDeflate().params(99, 0, () => {}));
attempt('params strategy -1', () => zlib.createDeflate().params(1, -1, () => {}));
