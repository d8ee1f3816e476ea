// fs.promises.readFile and require('fs/promises').
const fs = require('fs');
const fsp = require('fs/promises');
const dir = require('./lib/fixture')('readfile_promises', { 'hello.txt': 'hello' });
console.log('same object:', fs.promises === fsp, fsp === require('node:fs/promises'), typeof fsp.readFile);
(async () => {
  console.log('utf8:', await fsp.readFile(`${dir}/hello.txt`, 'utf8'));
  console.log('buffer:', await fsp.readFile(`${dir}/hello.txt`));
  console.log('{ encoding: hex }:', await fsp.readFile(`${dir}/hello.txt`, { encoding: 'hex' }));
  try {
    await fsp.readFile(`${dir}/nope`);
  } catch (e) {
    console.log('rejected:', e.message, e.errno, e.code, e.syscall, e.path);
  }
  const p = fsp.readFile(`${dir}/nope`, 'utf8');
  console.log('is a promise:', p instanceof Promise);
  await p.catch((e) => console.log('catch:', e.code));
  try {
    await fsp.readFile(`${dir}/hello.txt`, 'bogus');
  } catch (e) {
    console.log('bad encoding rejects:', e.code);
  }
  await fsp.writeFile(`${dir}/w.txt`, 'written');
  console.log('writeFile then read:', await fsp.readFile(`${dir}/w.txt`, 'utf8'));
})();
