// Reading a 600 MB file as text: more than 2 ** 29 - 24 characters fails as
// in Node (promise form), and the process goes on.
const fs = require('fs');
const os = require('os');
const path = require('path');
const big = path.join(os.tmpdir(), `sous-too-long-${process.pid}.txt`);
fs.writeFileSync(big, '');
fs.truncateSync(big, 600 * 1024 * 1024);
const show = (e) => console.log(e.name, e.code, e.message);
fs.promises.readFile(big, 'latin1').then(
  () => console.log('resolved'),
  (e) => {
    show(e);
    fs.unlinkSync(big);
  },
);
