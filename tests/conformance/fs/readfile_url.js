// file: URL paths (URL-shaped objects, so the case does not depend on a URL
// global): percent-decoding, wrong scheme, a host, an encoded slash.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_url', { 'a b.txt': 'spaced' });
const url = (pathname, extra = {}) => ({ href: `file://${pathname}`, protocol: 'file:', hostname: '', pathname, ...extra });
const abs = `${process.cwd()}/${dir}/a%20b.txt`;
console.log('sync:', fs.readFileSync(url(abs), 'utf8'));
fs.readFile(url(abs), 'utf8', (err, data) => {
  console.log('async:', err, data);
  for (const [label, u] of [
    ['scheme', url(abs, { protocol: 'http:' })],
    ['host', url(abs, { hostname: 'example.com' })],
    ['encoded slash', url(`${process.cwd()}/${dir}%2Fa%20b.txt`)],
  ]) {
    try {
      fs.readFile(u, () => {});
    } catch (e) {
      console.log(label, '->', e.name, e.code, '|', e.message);
    }
  }
  console.log('exists:', fs.existsSync(url(abs)));
});
