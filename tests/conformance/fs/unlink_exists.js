// fs.unlinkSync, fs.rmdirSync and fs.existsSync.
const fs = require('fs');
const dir = require('./lib/fixture')('unlink_exists', { 'f.txt': 'x' });
fs.mkdirSync(`${dir}/d`);
console.log('exists:', fs.existsSync(`${dir}/f.txt`), fs.existsSync(`${dir}/d`), fs.existsSync(`${dir}/nope`));
console.log('exists odd args:', fs.existsSync(), fs.existsSync(null), fs.existsSync(12.5), fs.existsSync({}), fs.existsSync('a\0b'));
console.log('exists Buffer path:', fs.existsSync(Buffer.from(`${dir}/f.txt`)));
console.log('unlink:', fs.unlinkSync(`${dir}/f.txt`), fs.existsSync(`${dir}/f.txt`));
for (const [label, f] of [
  ['unlink missing', () => fs.unlinkSync(`${dir}/f.txt`)],
  ['unlink dir', () => fs.unlinkSync(`${dir}/d`)],
  ['unlink bad path', () => fs.unlinkSync(undefined)],
  ['rmdir missing', () => fs.rmdirSync(`${dir}/nope`)],
]) {
  try {
    f();
  } catch (e) {
    console.log(label, '->', e.code, '|', e.message);
  }
}
fs.writeFileSync(`${dir}/d/inner`, '');
try {
  fs.rmdirSync(`${dir}/d`);
} catch (e) {
  console.log('rmdir not empty ->', e.code, '|', e.message);
}
fs.unlinkSync(`${dir}/d/inner`);
console.log('rmdir:', fs.rmdirSync(`${dir}/d`), fs.existsSync(`${dir}/d`));
fs.exists(`${dir}`, (yes) => console.log('fs.exists callback:', yes));
