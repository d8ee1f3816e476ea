// zlib.crc32: strings as UTF-8, views of any kind, a running value to
// continue from, and the argument checks.
const zlib = require('zlib');

console.log(zlib.crc32('hello'), zlib.crc32(''), zlib.crc32('héllo wörld'));
console.log(zlib.crc32(Buffer.from('hello')), zlib.crc32(new Uint16Array([1, 2, 3])));
console.log(zlib.crc32(new DataView(new ArrayBuffer(3))));
console.log(zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
console.log(zlib.crc32('hello', 0xffffffff), zlib.crc32('hello', 5));
for (const [data, value] of [[5, 0], [new ArrayBuffer(2), 0], ['a', -1], ['a', 'x'], ['a', 1.5], ['a', 2 ** 32]]) {
  try {
    zlib.crc32(data, value);
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
