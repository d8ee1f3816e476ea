// Checks: the per-encoding methods (utf8Write, hexSlice, ...) with Node's bounds rules, Buffer.prototype.inspect,
// subarray/slice returning Buffers over the same memory (also when applied to a Uint8Array), and
// includes applied to a Uint8Array.
const b = Buffer.alloc(4);
for (const f of [() => b.utf8Write('ww', 0, -1), () => b.asciiWrite('ww', 5), () => b.hexWrite('aabb', 3, 2), () => b.latin1Write('abcdef'), () => b.ucs2Write('ab', 1), () => b.base64Write('QUJD', 2), () => b.utf8Slice(-1, 2), () => b.utf8Slice(1, 9), () => b.hexSlice(3, 1), () => b.latin1Slice('1', '3'), ()=> b.utf8Write(5), () => b.base64urlSlice(), () => b.ucs2Slice(0, 3)]) {
  try { console.log(f(), b) } catch (e) { console.log(e.name, e.code, e.message) }
}
console.log(Buffer.prototype.inspect === Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')], b.subarray(1, 3), b.subarray(1).constructor.name);
for (const f of [() => b.hexWrite('aabb', 0, -1), () => b.hexWrite('aabb', -1), () => b.hexWrite('aabb', 5), () => b.ucs2Write('abc', 0, 9), () => b.base64Write('QUJD', 4), () => b.hexWrite(5), () => b.asciiWrite('ab', -1), ()=>b.utf8Write('ab', 1.5)]) {
  try { console.log(f(), b) } catch (e) { console.log(e.name, e.code, e.message) }
}
const u8 = Uint8Array.of(1, 2, 3, 4, 5);
const sub = Buffer.prototype.subarray.call(u8, 1, -1);
console.log(Buffer.isBuffer(sub), sub, Buffer.isBuffer(Buffer.prototype.slice.call(u8, 1)));
console.log(Buffer.prototype.includes.call(Uint8Array.of(154, 3, 163, 3), '\u03a3', 0, 'utf16le'));
const spoofed = new Uint8Array([1, 2, 3, 4]);
Object.defineProperty(spoofed, 'length', { get() { return 100; } });
console.log(Buffer.concat([spoofed, new Uint8Array([5])]));
function AB() {}
Object.setPrototypeOf(AB.prototype, ArrayBuffer.prototype);
try { Buffer.from(new AB()); } catch (e) { console.log(e.name, e.code); }
console.log(Buffer.from({ buffer: new ArrayBuffer(4) }), Buffer.from(new SharedArrayBuffer(2)).length);
