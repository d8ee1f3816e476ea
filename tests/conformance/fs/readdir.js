// fs.readdirSync: names sorted, Dirents with withFileTypes, errors.
const fs = require('fs');
const dir = require('./lib/fixture')('readdir', { 'b.txt': '', 'a.txt': '', 'C.txt': '', '.hidden': '' });
fs.mkdirSync(`${dir}/sub`);
fs.symlinkSync('a.txt', `${dir}/link`);
console.log(fs.readdirSync(dir));
for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
  console.log(d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.constructor.name);
}
console.log('empty:', fs.readdirSync(`${dir}/sub`));
for (const p of [`${dir}/nope`, `${dir}/a.txt`]) {
  try {
    fs.readdirSync(p);
  } catch (e) {
    console.log(e.code, '|', e.message, '|', e.syscall);
  }
}
