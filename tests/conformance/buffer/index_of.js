// indexOf / lastIndexOf / includes with strings, numbers, Buffers, offsets and encodings.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
const x = Buffer.from('this is a buffer');
t('string', () => [x.indexOf('is'), x.indexOf('is', 3), x.indexOf('zz'), x.indexOf('buffer')].join(' '));
t('Buffer needle', () => x.indexOf(Buffer.from('a buf')));
t('number', () => [x.indexOf(98), x.indexOf(98 + 256), x.indexOf(0)].join(' '));
t('negative offset', () => [x.indexOf('is', -5), x.indexOf('f', -3)].join(' '));
t('empty needle', () => [x.indexOf(''), x.indexOf('', 3), x.indexOf('', 99)].join(' '));
t('lastIndexOf', () => [x.lastIndexOf('is'), x.lastIndexOf('i', 4), x.lastIndexOf('t', 0), x.lastIndexOf('zz')].join(' '));
t('includes', () => [x.includes('buffer'), x.includes('nope'), x.includes(0x20), x.includes('is', 7)].join(' '));
t('hex encoding', () => x.indexOf('6973', 0, 'hex'));
t('encoding as offset', () => x.indexOf('aXM=', 'base64'));
t('utf16 needle', () => Buffer.from('a\u0000b\u0000', 'latin1').indexOf('b', 0, 'utf16le'));
t('bad value', () => x.indexOf({}));
t('bad encoding', () => x.indexOf('a', 0, 'nope'));
