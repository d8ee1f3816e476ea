// fs.statSync / lstatSync / fstatSync: a Stats object with Node's fields and predicates.
const fs = require('fs');
const dir = require('./lib/fixture')('stat', { 'five.txt': '12345' });
const s = fs.statSync(`${dir}/five.txt`);
console.log('keys:', Object.keys(s).join(','));
console.log('ctor:', s.constructor.name, s instanceof fs.Stats);
console.log('size:', s.size, '| isFile:', s.isFile(), '| isDirectory:', s.isDirectory(), '| isSymbolicLink:', s.isSymbolicLink());
console.log('mtimeMs is a recent number:', typeof s.mtimeMs, Math.abs(Date.now() - s.mtimeMs) < 60000);
console.log('mtime is a Date:', s.mtime instanceof Date, Math.abs(s.mtime.getTime() - s.mtimeMs) < 1);
console.log('mode is a regular file:', (s.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG, typeof s.ino, s.nlink);
const d = fs.statSync(dir);
console.log('dir: isFile', d.isFile(), 'isDirectory', d.isDirectory());
console.log('lstat of a file:', fs.lstatSync(`${dir}/five.txt`).isFile());
const fd = fs.openSync(`${dir}/five.txt`);
console.log('fstat size:', fs.fstatSync(fd).size);
fs.closeSync(fd);
console.log('throwIfNoEntry false:', fs.statSync(`${dir}/nope`, { throwIfNoEntry: false }));
for (const f of [() => fs.statSync(`${dir}/nope`), () => fs.lstatSync(`${dir}/nope`), () => fs.statSync(`${dir}/five.txt/x`), () => fs.fstatSync(-1), () => fs.statSync(5)]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, '|', e.message, '|', e.errno, e.syscall, e.path);
  }
}
