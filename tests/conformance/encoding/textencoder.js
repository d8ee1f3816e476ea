// TextEncoder: encode, encodeInto (partial writes, surrogates), shape and errors.
const util = require('util');
const enc = new TextEncoder();
console.log(enc.encoding, enc, util.inspect(enc, { depth: -1 }), Object.prototype.toString.call(enc));
for (const s of ['', 'abc', 'é', '€', '😀', '\ud800', '\udc00', '\ud800\udc00', 'a\ud800b', '\udc00\ud800', '\0\x7f\x80\u07ff\u0800\uffff']) {
  console.log(JSON.stringify(s), Array.from(enc.encode(s)));
}
console.log(enc.encode(), enc.encode(undefined), enc.encode(null), enc.encode(12.5), enc.encode({ toString() { return 'obj'; } }));
const out = enc.encode('xyz');
console.log(out instanceof Uint8Array, out.constructor.name, out.buffer.byteLength, Buffer.isBuffer(out));
for (const [s, size] of [['abc', 2], ['a€😀', 5], ['a€😀', 4], ['a€😀', 8], ['😀', 3], ['\ud800x', 3], ['\ud800x', 4], ['', 0], ['abc', 0]]) {
  const dest = new Uint8Array(size).fill(0xee);
  const r = enc.encodeInto(s, dest);
  console.log(JSON.stringify(s), size, r, Array.from(dest));
}
const big = new Uint8Array(10);
console.log(enc.encodeInto('hi', big.subarray(3, 6)), Array.from(big));
console.log(enc.encodeInto('zz', Buffer.alloc(3)));
for (const [src, dest] of [[5, new Uint8Array(2)], ['a', 5], ['a', new Uint16Array(2)], ['a', new ArrayBuffer(2)], ['a', null]]) {
  try { enc.encodeInto(src, dest); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const m of ['encode', 'encodeInto']) {
  try { TextEncoder.prototype[m].call({}, 'a', new Uint8Array(1)); } catch (e) { console.log(m, e.name, e.code, e.message); }
}
try { Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call(1); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.getOwnPropertyNames(TextEncoder.prototype), Object.keys(TextEncoder.prototype));
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder, typeof TextEncoder, TextEncoder.name, TextEncoder.length);
console.log(util.inspect({ e: enc, d: new TextDecoder() }), util.inspect([[enc]], { depth: 0 }));
