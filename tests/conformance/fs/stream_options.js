// Stream options: `fs` replaces the calls (open/read/close are the given ones), `signal` aborts
// a read stream (AbortError, then 'close'), destroy() closes the fd, and the checks of `fs`.
const fs = require('fs');
const { dir, tryIt } = require('./lib/tmp')('stream-options');
const file = `${dir}/f.txt`;
fs.writeFileSync(file, 'custom fs data');

const calls = [];
const custom = {
  open(...args) { calls.push('open'); return fs.open(...args); },
  read(...args) { calls.push('read'); return fs.read(...args); },
  close(...args) { calls.push('close'); return fs.close(...args); },
};
const rs = fs.createReadStream(file, { fs: custom });
let text = '';
rs.on('data', (c) => { text += c; });
rs.on('close', () => {
  console.log('custom fs', text, calls);
  const ac = new AbortController();
  const aborted = fs.createReadStream(file, { signal: ac.signal });
  aborted.on('error', (e) => console.log('signal error', e.name, e.code));
  aborted.on('close', () => {
    console.log('signal close', aborted.destroyed);
    const early = fs.createReadStream(file);
    early.on('open', () => early.destroy());
    early.on('close', () => console.log('destroyed after open: fd', early.fd, 'closed', early.closed));
  });
  ac.abort();
});
tryIt('fs.open not a function', () => fs.createReadStream(file, { fs: { open: 1 } }));
tryIt('fs.read not a function', () => fs.createReadStream(file, { fs: { open() {}, read: null } }));
tryIt('fs.write not a function', () => fs.createWriteStream(file, { fs: { open() {}, close() {} } }));
tryIt('fs.writev not a function', () => fs.createWriteStream(file, { fs: { open() {}, write() {}, writev: 1 } }));
