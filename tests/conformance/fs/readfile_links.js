// Symbolic links: followed; a loop is ELOOP; a dangling link is ENOENT.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_links', { 'target.txt': 'via link' });
fs.symlinkSync('target.txt', `${dir}/link`);
fs.symlinkSync('loop-b', `${dir}/loop-a`);
fs.symlinkSync('loop-a', `${dir}/loop-b`);
fs.symlinkSync('nowhere', `${dir}/dangling`);
fs.readFile(`${dir}/link`, 'utf8', (err, d) => {
  console.log('link:', err, d);
  fs.readFile(`${dir}/loop-a`, (e) => {
    console.log('loop:', e.code, e.errno, '|', e.message);
    fs.readFile(`${dir}/dangling`, (e2) => {
      console.log('dangling:', e2.code, '|', e2.message);
      console.log('lstat is link:', fs.lstatSync(`${dir}/link`).isSymbolicLink(), fs.statSync(`${dir}/link`).isSymbolicLink());
    });
  });
});
