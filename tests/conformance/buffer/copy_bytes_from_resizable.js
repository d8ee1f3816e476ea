// Buffer.copyBytesFrom copies (part of) a typed array's bytes, offset and length in elements,
// with Node's argument errors; a Buffer over a resizable ArrayBuffer with no length follows the
// buffer's size; array-likes with a negative length are empty; byteLength takes any ArrayBuffer.
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
console.log(Buffer.copyBytesFrom(u16), Buffer.copyBytesFrom(u16, 1), Buffer.copyBytesFrom(u16, 1, 1));
console.log(Buffer.copyBytesFrom(u16, 5), Buffer.copyBytesFrom(new Float64Array([1]), 0, 9).length);
const copy = Buffer.copyBytesFrom(u16);
u16[0] = 0;
console.log(copy[0], copy[1]);
for (const args of [[], ['nope'], [new DataView(new ArrayBuffer(1))], [u16, 'x'], [u16, -1], [u16, 0, 1.5]]) {
  try {
    Buffer.copyBytesFrom(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const ab = new ArrayBuffer(10, { maxByteLength: 20 });
const tracking = Buffer.from(ab, 1);
const fixed = Buffer.from(ab, 1, 4);
ab.resize(15);
console.log(tracking.length, fixed.length);
ab.resize(3);
console.log(tracking.length, fixed.length);
console.log(Buffer.from({ length: -5 }), Buffer.from({ length: NaN }), Buffer.from({ length: 2, 0: 9 }));
console.log(Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new SharedArrayBuffer(3)));
console.log(Buffer.alloc(5, 257), Buffer.alloc(3).fill(-1), Buffer.alloc(4).fill(1.9, 1, 3));
