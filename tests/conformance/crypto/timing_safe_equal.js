// timingSafeEqual over Buffers, typed arrays, DataViews and ArrayBuffers,
// and its two errors.
const crypto = require('crypto');

console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
console.log(crypto.timingSafeEqual(new ArrayBuffer(4), new DataView(new ArrayBuffer(4))));
console.log(crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));

for (const [a, b] of [[Buffer.from('a'), Buffer.from('ab')], ['a', Buffer.from('a')], [Buffer.from('a'), 1]]) {
  try {
    crypto.timingSafeEqual(a, b);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
