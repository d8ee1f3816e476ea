// The flag option: a+ creates, w+ truncates, r+ reads, wx/ax+ fail on an existing file, w cannot read.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_flags', { 'hello.txt': 'hello' });
const p = `${dir}/hello.txt`;
const created = `${dir}/created.txt`;
const steps = [
  (next) => fs.readFile(created, { flag: 'a+' }, (e, d) => { console.log("'a+' on a missing file:", e, d, 'exists now:', fs.existsSync(created)); next(); }),
  (next) => fs.readFile(p, { flag: 'r+', encoding: 'utf8' }, (e, d) => { console.log("'r+':", e, d); next(); }),
  (next) => fs.readFile(p, { flag: 'wx' }, (e) => { console.log("'wx':", e.code, '|', e.message); next(); }),
  (next) => fs.readFile(p, { flag: 'ax+' }, (e) => { console.log("'ax+':", e.code, '|', e.message); next(); }),
  (next) => fs.readFile(p, { flag: 'w' }, (e) => { console.log("'w':", e.code, '|', e.message, '| path:', e.path); next(); }),
  (next) => fs.readFile(p, { flag: 'w+' }, (e, d) => { console.log("'w+' truncates:", e, d, fs.statSync(p).size); next(); }),
  (next) => fs.readFile(`${dir}/missing.txt`, { flag: 'r' }, (e) => { console.log("'r' on a missing file:", e.code); next(); }),
];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
