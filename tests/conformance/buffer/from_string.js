// Buffer.from(string, encoding) for every encoding Node knows.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
t('utf8', () => Buffer.from('héllo €'));
t('default is utf8', () => Buffer.from('€').equals(Buffer.from('€', 'utf8')));
t('utf-8', () => Buffer.from('ab', 'utf-8'));
t('hex', () => Buffer.from('68656C6c6f', 'hex'));
t('base64', () => Buffer.from('aGVsbG8=', 'base64'));
t('base64url', () => Buffer.from('aGVsbG8', 'base64url'));
t('latin1', () => Buffer.from('hé\u0100', 'latin1'));
t('binary', () => Buffer.from('hé', 'binary'));
t('ascii', () => Buffer.from('hé', 'ascii'));
t('utf16le', () => Buffer.from('hé€', 'utf16le'));
t('ucs2', () => Buffer.from('ab', 'ucs2'));
t('UCS-2', () => Buffer.from('ab', 'UCS-2'));
t('lone surrogate', () => Buffer.from('\ud800x'));
t('astral', () => Buffer.from('😀'));
t('empty', () => Buffer.from(''));
t('unknown encoding', () => Buffer.from('x', 'nope'));
t('empty encoding string', () => Buffer.from('x', ''));
