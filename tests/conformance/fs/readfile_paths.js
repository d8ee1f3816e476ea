// Path forms: Buffer, relative with ./ and .., absolute-looking via process.cwd().
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_paths', { 'hello.txt': 'hello' });
fs.readFile(Buffer.from(`${dir}/hello.txt`), 'utf8', (e1, d1) => {
  console.log('Buffer path:', e1, d1);
  fs.readFile(`./${dir}/../${dir}/hello.txt`, 'utf8', (e2, d2) => {
    console.log('dots:', e2, d2);
    fs.readFile(`${process.cwd()}/${dir}/hello.txt`, 'utf8', (e3, d3) => {
      console.log('absolute:', e3, d3);
      fs.readFile(new Uint8Array(Buffer.from(`${dir}/nope`)), (e4) => console.log('Uint8Array path error:', e4.code, e4.message));
    });
  });
});
