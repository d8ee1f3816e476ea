// buffer.isAscii / isUtf8 over every kind of input, and Node's errors.
const { isAscii, isUtf8, Buffer } = require('buffer');
const inputs = [
  Buffer.from('plain'),
  Buffer.from('caf\u00e9'),
  Buffer.from([0xc3]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xf0, 0x9f, 0x98, 0x80]),
  Buffer.from([0x80]),
  new Uint16Array([0xa9c3]),
  new Float64Array(1),
  new ArrayBuffer(3),
  new Uint8Array(0),
  Buffer.from('xx\u00e9xx').subarray(0, 2),
];
for (const input of inputs) console.log(input.constructor.name, isAscii(input), isUtf8(input));
const ab = new ArrayBuffer(4);
const view = new Uint8Array(ab);
view[0] = 0xff;
structuredClone(ab, { transfer: [ab] });
console.log('detached', isAscii(ab), isUtf8(ab), isAscii(view), isUtf8(view));
for (const f of [isAscii, isUtf8]) {
  for (const bad of [1, 'x', null, undefined, new DataView(new ArrayBuffer(2)), [1]]) {
    try {
      f(bad);
    } catch (e) {
      console.log(f.name, e.name, e.code, e.message);
    }
  }
}
