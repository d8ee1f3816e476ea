// Buffer.alloc / allocUnsafe: sizes, fills, and size errors.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
t('alloc', () => Buffer.alloc(3));
t('fill string', () => Buffer.alloc(5, 'ab'));
t('fill number', () => Buffer.alloc(3, 257));
t('fill base64', () => Buffer.alloc(5, 'aGk=', 'base64'));
t('fill Buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('fill empty string', () => Buffer.alloc(2, ''));
t('zero size', () => Buffer.alloc(0));
t('allocUnsafe length', () => Buffer.allocUnsafe(7).length);
t('allocUnsafeSlow', () => Buffer.isBuffer(Buffer.allocUnsafeSlow(2)));
t('negative', () => Buffer.alloc(-1));
t('string size', () => Buffer.alloc('5'));
t('NaN', () => Buffer.alloc(NaN));
t('too big', () => Buffer.alloc(2 ** 53));
t('allocUnsafe negative', () => Buffer.allocUnsafe(-5));
t('fill bad hex', () => Buffer.alloc(3, 'zz', 'hex'));
