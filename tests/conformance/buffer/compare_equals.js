// Buffer.compare, buf.compare with ranges, buf.equals.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
const x = Buffer.from('abc');
t('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(x, Buffer.from('abc')), Buffer.compare(Buffer.from('ab'), x)].join(' '));
t('sort', () => [Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare).map(String).join(''));
t('ranges', () => [x.compare(Buffer.from('xbcx'), 1, 3, 1), x.compare(Buffer.from('abc'), 0, 0), x.compare(Buffer.from('abc'), 0, 3, 3)].join(' '));
t('equals', () => [x.equals(Buffer.from('abc')), x.equals(Buffer.from('abd')), x.equals(new Uint8Array([97, 98, 99])), Buffer.alloc(0).equals(Buffer.alloc(0))].join(' '));
t('equals string', () => x.equals('abc'));
t('compare bad', () => Buffer.compare(x, 'abc'));
t('compare bad first', () => Buffer.compare(1, x));
t('buf.compare bad', () => x.compare({}));
t('buf.compare bad range', () => x.compare(x, -1));
