// Decoding more than 2 ** 29 - 24 characters from bytes is Node's
// ERR_STRING_TOO_LONG (Buffer toString, fs.readFileSync and fs.readFile of a
// 600 MB file as text), and the engine's RangeError from fs.promises.readFile.
const fs = require('fs');
const os = require('os');
const path = require('path');
const show = (label, e) => console.log(label, e.name, e.code, e.message);
try {
  Buffer.alloc(2 ** 29).toString('latin1');
} catch (e) {
  show('Buffer latin1', e);
}
try {
  Buffer.alloc(2 ** 29).toString('utf8');
} catch (e) {
  show('Buffer utf8', e);
}
console.log('Buffer at the limit', Buffer.alloc(2 ** 29 - 24).toString('latin1').length);
const big = path.join(os.tmpdir(), `sous-too-long-${process.pid}.txt`);
fs.writeFileSync(big, '');
fs.truncateSync(big, 600 * 1024 * 1024);
try {
  fs.readFileSync(big, 'utf8');
} catch (e) {
  show('readFileSync', e);
}
fs.readFile(big, 'utf8', (e, text) => {
  show('readFile', e);
  console.log('no text', text === undefined);
  fs.promises.readFile(big, 'latin1').then(
    () => console.log('promise resolved'),
    (e) => {
      show('promises.readFile', e);
      fs.unlinkSync(big);
    },
  );
});
