// Blob and File: construction from parts, types, slices and reads.
const { Blob, File, resolveObjectURL } = require('buffer');
console.log(globalThis.Blob === Blob, globalThis.File === File, typeof resolveObjectURL);
const parts = ['a\r\nb', new Uint8Array([65, 66]), new Uint16Array([0x4443]).buffer, new DataView(new Uint8Array([69]).buffer), new Blob(['xy']), 7];
const b = new Blob(parts, { type: 'Text/Plain', endings: 'native' });
console.log(b, b.size, b.type, String(b), Object.keys(b));
console.log(Object.getOwnPropertyNames(Blob.prototype).filter((n) => n !== 'stream' && n !== 'textStream'));
console.log(new Blob(['a\r\nb']).size, new Blob(['a\r\nb'], { endings: 'transparent' }).size, new Blob().size, new Blob([]).type);
console.log(JSON.stringify(new Blob([], { type: 'a\u00e9' }).type), JSON.stringify(new Blob([], { type: 'A B' }).type));
const s = b.slice(1, -1, 'X/Y');
console.log(s.size, s.type, b.slice(-3).size, b.slice(5, 2).size, b.slice().size, b.slice(1.7, '4').size);
for (const bad of ['ab', null, {}, 1]) {
  try {
    new Blob(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  new Blob([], { endings: 'x' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Blob([], 1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  Blob.prototype.size;
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const f = new File(['abc'], 'n.txt', { lastModified: 5, type: 't/x' });
console.log(f, f.name, f.lastModified, f.size, f instanceof Blob, Object.prototype.toString.call(f));
console.log(Object.getOwnPropertyNames(File.prototype), typeof new File([], 'x').lastModified, new File([], 1).name);
try {
  new File([]);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const readsDone = (async () => {
  console.log(JSON.stringify(await b.text()));
  const ab = await s.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength, new Uint8Array(ab));
  const bytes = await b.bytes();
  console.log(bytes.constructor.name, bytes.length, bytes[0]);
  await Blob.prototype.text.call({}).catch((e) => console.log('rejected', e.name, e.code, e.message));
  console.log(await new Blob([new Uint8Array([0xff, 0x41])]).text());
  console.log(resolveObjectURL('blob:nodedata:nothing'));
})();
// Fractional and odd offsets.
const letters = new Blob(['abcdefghijk']);
for (const [from, to] of [[1.7, 4], [1.2, 4], [1.5, 4], [2.5, 4], [-1.5, undefined], [1, 3.7], ['x', 3], [NaN, 3], [1, '4'], [-100, 100]]) {
  console.log(from, to, letters.slice(from, to).size);
}
// structuredClone keeps the kind, bytes, type, name and date; lastModified is read once.
let reads = 0;
const dated = new File(['hello'], 'h.txt', { type: 'text/x', get lastModified() { reads++; return 42.9; } });
const copy = structuredClone(dated);
console.log(reads, copy, copy instanceof File, structuredClone(new Blob(['q'], { type: 'a/b' })));
readsDone.then(() => copy.text()).then((t) => console.log('clone text', t));
for (const bad of [3n, { [Symbol.toPrimitive]() { throw new TypeError('boom'); } }]) {
  try {
    new File([], '', { lastModified: bad });
  } catch (e) {
    console.log(e.name, typeof bad === 'bigint' ? '(bigint)' : e.message);
  }
}
console.log(['x', null, -1.5, '7'].map((lastModified) => new File([], '', { lastModified }).lastModified));
