// Buffer.from of arrays, array-likes, ArrayBuffers (shared memory), Buffers (copies) and bad input.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
t('array', () => Buffer.from([1, 2, 256, -1, 3.7, '5', 'x']));
t('array-like', () => Buffer.from({ length: 2, 0: 5, 1: 6 }));
t('JSON shape', () => Buffer.from({ type: 'Buffer', data: [9, 8] }));
t('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
t('valueOf string', () => Buffer.from(new String('str')));
const ab = new ArrayBuffer(8);
t('ArrayBuffer view shares memory', () => {
  const b = Buffer.from(ab, 2, 4);
  b[0] = 7;
  return [b.length, new Uint8Array(ab)[2], b.byteOffset, b.buffer === ab].join(' ');
});
t('ArrayBuffer offset only', () => Buffer.from(ab, 6).length);
t('ArrayBuffer offset too big', () => Buffer.from(ab, 9));
t('ArrayBuffer length too big', () => Buffer.from(ab, 2, 7));
t('Buffer is copied', () => {
  const a = Buffer.from('abc');
  const b = Buffer.from(a);
  b[0] = 0x7a;
  return a.toString() + ' ' + b.toString();
});
t('Uint8Array copied', () => Buffer.from(new Uint8Array([1, 2])));
t('number', () => Buffer.from(5));
t('null', () => Buffer.from(null));
t('undefined', () => Buffer.from());
t('object', () => Buffer.from({}));
t('function', () => Buffer.from(() => {}));
t('Buffer.of', () => Buffer.of(1, 2, 300));
