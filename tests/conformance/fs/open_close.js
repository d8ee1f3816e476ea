// fs.openSync / closeSync / open / close: fds, flags, modes and errors.
const fs = require('fs');
const dir = require('./lib/fixture')('open_close', { 'f.txt': 'x' });
const tryIt = (label, fn) => {
  try {
    console.log(label, '->', fn());
  } catch (e) {
    console.log(label, '-> throws', e.name, e.code, '|', e.message);
  }
};
const fd = fs.openSync(`${dir}/f.txt`);
console.log('openSync gives an integer:', Number.isInteger(fd), fd > 2);
tryIt('closeSync', () => fs.closeSync(fd));
tryIt('closeSync again', () => fs.closeSync(fd));
tryIt('close -1', () => fs.closeSync(-1));
tryIt('close string', () => fs.closeSync('3'));
tryIt('close float', () => fs.closeSync(1.5));
tryIt('open missing', () => fs.openSync(`${dir}/nope`));
tryIt('open bad flag', () => fs.openSync(`${dir}/f.txt`, 'q'));
tryIt('open bad mode', () => fs.openSync(`${dir}/f.txt`, 'r', 'xyz'));
tryIt('open wx existing', () => fs.openSync(`${dir}/f.txt`, 'wx'));
const w = fs.openSync(`${dir}/new.txt`, 'w', 0o600);
console.log('created mode:', (fs.fstatSync(w).mode & 0o777).toString(8));
fs.writeFileSync(w, 'via fd');
fs.closeSync(w);
console.log('written via fd:', fs.readFileSync(`${dir}/new.txt`, 'utf8'));
tryIt('open no callback', () => fs.open(`${dir}/f.txt`, 'r'));
fs.open(`${dir}/f.txt`, (err, fd2) => {
  console.log('open callback:', err, Number.isInteger(fd2));
  fs.close(fd2, (e) => {
    console.log('close callback:', e);
    fs.open(`${dir}/nope`, 'r', (e2, fd3) => {
      console.log('open error:', e2.code, '|', e2.message, '| fd:', fd3);
      fs.close(fd2, (e3) => console.log('close error:', e3.code, '|', e3.message, '|', Object.keys(e3).join(',')));
    });
  });
});
