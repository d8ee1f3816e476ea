// buf.toString(encoding, start, end).
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
const b = Buffer.from('hello');
for (const e of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'UTF-8', undefined]) {
  console.log(String(e).padEnd(9), JSON.stringify(b.toString(e)));
}
t('range', () => b.toString('utf8', 1, 3));
t('start only', () => b.toString(undefined, 2));
t('clamped', () => b.toString('hex', -1, 100));
t('end before start', () => JSON.stringify(b.toString('utf8', 4, 2)));
t('start past end', () => JSON.stringify(b.toString('utf8', 9)));
t('fractional', () => b.toString('utf8', 1.7, 3.2));
t('String()', () => String(b));
t('template', () => `${Buffer.from('tpl')}`);
t('unknown encoding', () => b.toString('nope'));
t('base64 padding', () => ['a', 'ab', 'abc', 'abcd'].map((s) => Buffer.from(s).toString('base64')).join(' '));
t('base64url no padding', () => Buffer.from([0xfb, 0xff]).toString('base64url'));
t('ascii masks the high bit', () => JSON.stringify(Buffer.from([0xe9, 0x41]).toString('ascii')));
t('utf16le odd length', () => Buffer.from([0x61, 0, 0x62]).toString('utf16le'));
