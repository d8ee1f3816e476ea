// buf.write(string[, offset[, length]][, encoding]).
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
const w = Buffer.alloc(8);
t('plain', () => [w.write('hi'), w.toString('hex')].join(' '));
t('offset', () => [w.write('yo', 3), w.toString('hex')].join(' '));
t('encoding second', () => [w.write('ffee', 'hex'), w.toString('hex')].join(' '));
t('offset and encoding', () => [w.write('0102', 6, 'hex'), w.toString('hex')].join(' '));
t('length limits', () => [w.write('abcdef', 0, 2), w.toString('hex')].join(' '));
t('no partial utf8', () => [Buffer.alloc(4).write('a€'), Buffer.alloc(3).write('a€')].join(' '));
t('no partial utf16', () => Buffer.alloc(3).write('ab', 'utf16le'));
t('base64', () => { const b = Buffer.alloc(5); return [b.write('aGVsbG8=', 'base64'), b.toString()].join(' '); });
t('latin1', () => { const b = Buffer.alloc(2); b.write('é', 'latin1'); return b; });
t('offset out of range', () => Buffer.alloc(2).write('a', 5));
t('offset string', () => Buffer.alloc(2).write('a', 'nope'));
t('not a string', () => Buffer.alloc(2).write(5));
t('negative length', () => Buffer.alloc(2).write('a', 0, -1));
