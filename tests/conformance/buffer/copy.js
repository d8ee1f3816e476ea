// buf.copy, including overlapping copies inside one buffer.
const s = Buffer.from('abcdef');
const d = Buffer.alloc(4);
console.log(s.copy(d, 1, 2), d);
console.log(s.copy(s, 0, 2, 4), s.toString());
const o = Buffer.from('123456');
console.log(o.copy(o, 2), o.toString());
console.log(Buffer.from('xy').copy(Buffer.alloc(1)), Buffer.from('xy').copy(Buffer.alloc(2), 5));
try {
  s.copy('nope');
} catch (e) {
  console.log(e.code, e.message);
}
