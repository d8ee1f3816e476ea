// Reading from a file descriptor: from its current position, never closed by readFile.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_fd', { 'hello.txt': 'hello\nworld\n' });
const fd = fs.openSync(`${dir}/hello.txt`, 'r');
console.log('fd is a number:', typeof fd, fd > 2);
fs.readFile(fd, 'utf8', (err, d) => {
  console.log('first read:', err, JSON.stringify(d));
  fs.readFile(fd, (e2, d2) => {
    console.log('second read (at EOF):', e2, d2);
    console.log('sync read at EOF:', JSON.stringify(fs.readFileSync(fd, 'utf8')));
    fs.closeSync(fd);
    try {
      fs.readFileSync(fd);
    } catch (e) {
      console.log('after close:', e.code, '|', e.message, '|', Object.keys(e).join(','));
    }
    const w = fs.openSync(`${dir}/hello.txt`, 'w');
    try {
      fs.readFileSync(w);
    } catch (e) {
      console.log('write-only fd:', e.code, '|', e.message);
    }
    fs.closeSync(w);
  });
});
