// slice and subarray share memory with the original and are Buffers.
const c = Buffer.from('abcdef');
const s = c.slice(1, 3);
s[0] = 0x5a;
const u = c.subarray(-2);
u[1] = 0x21;
console.log(c.toString(), s.toString(), u.toString());
console.log('Buffers:', Buffer.isBuffer(s), Buffer.isBuffer(u), s.buffer === c.buffer, s.byteOffset - c.byteOffset, u.byteOffset - c.byteOffset);
console.log('lengths:', c.slice(-100, 100).length, c.slice(4, 2).length, c.slice().length, c.slice(NaN, 2).length, c.subarray(2).length);
console.log('nested:', c.slice(1).slice(1, 2).toString(), c.subarray(1, 5).subarray(1, 2).byteOffset - c.byteOffset);
console.log('map gives a Buffer:', c.map((x) => x + 1));
