// fs.readFileSync: results, and errors thrown with a stack of the caller.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_sync', { 'hello.txt': 'hello\nworld\n' });
fs.mkdirSync(`${dir}/adir`);
console.log('buffer:', fs.readFileSync(`${dir}/hello.txt`));
console.log('utf8:', JSON.stringify(fs.readFileSync(`${dir}/hello.txt`, 'utf8')));
console.log('{ encoding: utf-8 }:', JSON.stringify(fs.readFileSync(`${dir}/hello.txt`, { encoding: 'utf-8' })));
console.log('{ flag: r }:', fs.readFileSync(`${dir}/hello.txt`, { flag: 'r' }).length);
console.log('Buffer path:', fs.readFileSync(Buffer.from(`${dir}/hello.txt`), 'latin1').length);
for (const p of [`${dir}/nope`, `${dir}/adir`, `${dir}/hello.txt/x`]) {
  try {
    fs.readFileSync(p);
  } catch (err) {
    console.log(err.message, '|', err.errno, err.code, err.syscall, err.path);
    console.log('  keys:', Object.keys(err).join(','), '| stack starts with message:', err.stack.startsWith(`Error: ${err.message}\n    at `));
  }
}
