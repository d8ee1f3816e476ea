// %TypedArray%.prototype.fill on byte arrays (sous writes the bytes itself): ToUint8, Int8 and
// clamped conversions, relative and clamped positions, objects converted first, other element
// types, a view inside a larger buffer, the method shared by every typed array, and speed.
const r = [];
r.push(new Uint8Array(5).fill(257), new Int8Array(4).fill(-1, 1, -1), new Uint8ClampedArray(4).fill(2.5), new Uint8ClampedArray(3).fill(300, -2), new Uint8Array(3).fill(NaN), new Float32Array(2).fill(1.5), new Uint8Array(4).fill({ valueOf() { return 7; } }, 1), new Uint8Array(4).fill(9, 3, 1), new Uint8Array(4).fill(1, NaN, Infinity));
console.log(r, Uint8Array.prototype.fill === Int8Array.prototype.fill, Uint8Array.prototype.fill.name, Uint8Array.prototype.fill.length);
try { Uint8Array.prototype.fill.call([], 1); } catch (e) { console.log(e.name); }
const ab = new ArrayBuffer(8); const u = new Uint8Array(ab, 2, 3); u.fill(5); console.log(new Uint8Array(ab));
let t = Date.now(); new Uint8Array(8 * 1024 * 1024).fill(3); console.log(Date.now() - t < 500);
