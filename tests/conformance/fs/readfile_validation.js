// Synchronous argument errors of fs.readFile / readFileSync.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_validation', { 'hello.txt': 'hello' });
const p = `${dir}/hello.txt`;
const tryIt = (label, fn) => {
  try {
    fn();
    console.log(label, '-> no throw');
  } catch (e) {
    console.log(label, '->', e.name, e.code, '|', e.message);
  }
};
tryIt('no callback', () => fs.readFile(p));
tryIt('options but no callback', () => fs.readFile(p, 'utf8'));
tryIt('callback not fn', () => fs.readFile(p, 'utf8', 'nope'));
tryIt('callback object', () => fs.readFile(p, {}, {}));
tryIt('invalid encoding', () => fs.readFile(p, 'bogus', () => {}));
tryIt('invalid encoding obj', () => fs.readFile(p, { encoding: 'bogus' }, () => {}));
tryIt('invalid encoding sync', () => fs.readFileSync(p, 'bogus'));
tryIt('options number', () => fs.readFile(p, 42, () => {}));
tryIt('options boolean', () => fs.readFile(p, true, () => {}));
tryIt('path undefined', () => fs.readFile(undefined, () => {}));
tryIt('path null', () => fs.readFile(null, () => {}));
tryIt('path number float', () => fs.readFile(1.5, () => {}));
tryIt('path with null byte', () => fs.readFile('a\0b', () => {}));
tryIt('buffer path with null byte', () => fs.readFile(Buffer.from('a\0b'), () => {}));
tryIt('path object', () => fs.readFile({}, () => {}));
tryIt('path array', () => fs.readFile([], () => {}));
tryIt('path function', () => fs.readFile(() => {}, () => {}));
tryIt('path named function', () => fs.readFile(function named() {}, () => {}));
tryIt('bad flag', () => fs.readFile(p, { flag: 'zz' }, () => {}));
tryIt('bad flag sync', () => fs.readFileSync(p, { flag: 'rw' }));
tryIt('signal not a signal', () => fs.readFile(p, { signal: 1 }, () => {}));
tryIt('sync path undefined', () => fs.readFileSync());
