// buf.fill with strings, numbers, Buffers, ranges and encodings.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
t('string pattern', () => Buffer.alloc(5).fill('ab'));
t('number range', () => Buffer.alloc(5).fill(0x41, 1, 3));
t('number wraps', () => Buffer.alloc(2).fill(258));
t('hex', () => Buffer.alloc(5).fill('6162', 'hex'));
t('encoding as offset', () => Buffer.alloc(4).fill('aGk=', 'base64'));
t('Buffer pattern', () => Buffer.alloc(5).fill(Buffer.from([1, 2, 3])));
t('multibyte char', () => Buffer.alloc(5).fill('€'));
t('empty string zeros', () => Buffer.from('abc').fill(''));
t('boolean', () => Buffer.alloc(2).fill(true));
t('returns this', () => { const b = Buffer.alloc(1); return b.fill(1) === b; });
t('bad hex', () => Buffer.alloc(3).fill('zz', 'hex'));
t('unknown encoding', () => Buffer.alloc(3).fill('a', 'nope'));
t('offset out of range', () => Buffer.alloc(3).fill(1, -1));
t('end out of range', () => Buffer.alloc(3).fill(1, 0, 9));
