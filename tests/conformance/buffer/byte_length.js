// Buffer.byteLength for strings in encodings, and for binary data.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
t('utf8', () => Buffer.byteLength('héllo€😀'));
t('default', () => Buffer.byteLength('abc'));
t('lone surrogate', () => Buffer.byteLength('\ud800'));
t('base64', () => [Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbG8', 'base64'), Buffer.byteLength('aGk=', 'base64url')].join(' '));
t('hex', () => Buffer.byteLength('abcde', 'hex'));
t('utf16le', () => Buffer.byteLength('ab€', 'utf16le'));
t('latin1', () => Buffer.byteLength('hé', 'latin1'));
t('Buffer', () => Buffer.byteLength(Buffer.alloc(9)));
t('ArrayBuffer', () => Buffer.byteLength(new ArrayBuffer(7)));
t('Uint16Array', () => Buffer.byteLength(new Uint16Array(3)));
t('number', () => Buffer.byteLength(5));
