// zlib: every codec's sync and callback forms round-trip strings, Buffers,
// typed arrays, DataViews and ArrayBuffers, including empty input.
const zlib = require('zlib');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);
const inputs = [
  ['string', text],
  ['Buffer', Buffer.from(text)],
  ['Uint16Array', new Uint16Array(Buffer.from('abcdefgh').buffer)],
  ['DataView', new DataView(Buffer.from('data view bytes').buffer)],
  ['ArrayBuffer', new Uint8Array([1, 2, 3, 4, 5]).buffer],
  ['empty', Buffer.alloc(0)],
];
const pairs = [
  ['deflate', 'inflate'], ['deflate', 'unzip'], ['gzip', 'gunzip'], ['gzip', 'unzip'],
  ['deflateRaw', 'inflateRaw'], ['brotliCompress', 'brotliDecompress'],
];

for (const [enc, dec] of pairs) {
  for (const [kind, input] of inputs) {
    const packed = zlib[`${enc}Sync`](input);
    const back = zlib[`${dec}Sync`](packed);
    const expected = typeof input === 'string' ? Buffer.from(input) :
      input instanceof ArrayBuffer ? Buffer.from(input) :
        Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    console.log(`${enc}Sync/${dec}Sync ${kind}:`, Buffer.isBuffer(back), back.equals(expected));
  }
}

// One pair after the other, so the output order is fixed.
function next(i) {
  if (i === pairs.length) {
    console.log('done');
    return;
  }
  const [enc, dec] = pairs[i];
  zlib[enc](text, (err, packed) => {
    if (err) throw err;
    zlib[dec](packed, { level: 3 }, (err2, back) => {
      if (err2) throw err2;
      console.log(`${enc}/${dec} callback:`, back.toString() === text);
      next(i + 1);
    });
  });
}
next(0);
console.log('callbacks are asynchronous');
