// fs.writeFile / writeFileSync: strings in encodings, bytes, flags, and errors.
const fs = require('fs');
const dir = require('./lib/fixture')('writefile');
const p = `${dir}/out.txt`;
const show = (label) => console.log(label, JSON.stringify(fs.readFileSync(p, 'latin1')));
fs.writeFileSync(p, 'héllo');
show('utf8 string:');
fs.writeFileSync(p, '68690a', 'hex');
show('hex:');
fs.writeFileSync(p, 'aGk=', { encoding: 'base64' });
show('base64:');
fs.writeFileSync(p, Buffer.from([0xff, 0x00, 0x41]));
show('Buffer:');
fs.writeFileSync(p, new Uint8Array([0x42, 0x43]));
show('Uint8Array:');
fs.writeFileSync(p, new Uint16Array([0x4443]));
show('Uint16Array:');
fs.writeFileSync(p, '!', { flag: 'a' });
show("flag 'a':");
fs.appendFileSync(p, '?');
show('appendFileSync:');
const tryIt = (label, fn) => {
  try {
    fn();
    console.log(label, '-> no throw');
  } catch (e) {
    console.log(label, '->', e.name, e.code, '|', e.message);
  }
};
tryIt('data object', () => fs.writeFileSync(p, {}));
tryIt('data number', () => fs.writeFileSync(p, 5));
tryIt('missing dir', () => fs.writeFileSync(`${dir}/no/such.txt`, 'x'));
tryIt('a directory', () => fs.writeFileSync(dir, 'x'));
tryIt('wx on existing', () => fs.writeFileSync(p, 'x', { flag: 'wx' }));
tryIt('bad encoding', () => fs.writeFileSync(p, 'x', 'bogus'));
tryIt('async without callback', () => fs.writeFile(p, 'x'));
fs.writeFile(p, 'async text', (err) => {
  console.log('writeFile callback:', err, arguments.length === 0 ? '' : '', fs.readFileSync(p, 'utf8'));
  fs.writeFile(`${dir}/no/such.txt`, 'x', (e) => {
    console.log('writeFile error:', e.code, '|', e.message, '|', Object.keys(e).join(','));
  });
});
