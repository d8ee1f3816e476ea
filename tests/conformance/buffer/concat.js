// Buffer.concat: total length, truncation, zero fill, and errors.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
const a = Buffer.from('ab');
const b = Buffer.from('cde');
t('two', () => Buffer.concat([a, b]));
t('truncated', () => Buffer.concat([a, b], 4));
t('zero filled', () => Buffer.concat([a], 4));
t('empty list', () => Buffer.concat([]));
t('Uint8Array items', () => Buffer.concat([new Uint8Array([1]), a]));
t('is a copy', () => { const c = Buffer.concat([a]); c[0] = 0x7a; return a.toString(); });
t('not an array', () => Buffer.concat('x'));
t('bad item', () => Buffer.concat([a, 'b']));
t('bad length', () => Buffer.concat([a], -1));
