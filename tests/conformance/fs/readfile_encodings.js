// fs.readFile with each way of asking for an encoding; one read at a time.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_encodings', {
  'hello.txt': 'hello\nworld\n',
  'latin.bin': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x00, 0xff]),
  'empty.txt': '',
});
const p = `${dir}/hello.txt`;
const steps = [
  (next) => fs.readFile(p, (err, data) => { console.log('no options:', err, Buffer.isBuffer(data), data); next(); }),
  (next) => fs.readFile(p, 'utf8', (err, data) => { console.log("'utf8':", typeof data, JSON.stringify(data)); next(); }),
  (next) => fs.readFile(p, 'utf-8', (err, data) => { console.log("'utf-8':", JSON.stringify(data)); next(); }),
  (next) => fs.readFile(p, { encoding: 'utf8' }, (err, data) => { console.log('{ encoding }:', JSON.stringify(data)); next(); }),
  (next) => fs.readFile(p, { encoding: null }, (err, data) => { console.log('{ encoding: null }:', data); next(); }),
  (next) => fs.readFile(p, {}, (err, data) => { console.log('{}:', data); next(); }),
  (next) => fs.readFile(p, null, (err, data) => { console.log('null:', data); next(); }),
  (next) => fs.readFile(p, undefined, (err, data) => { console.log('undefined:', data); next(); }),
  (next) => fs.readFile(p, 'hex', (err, data) => { console.log('hex:', data); next(); }),
  (next) => fs.readFile(p, 'base64', (err, data) => { console.log('base64:', data); next(); }),
  (next) => fs.readFile(p, 'base64url', (err, data) => { console.log('base64url:', data); next(); }),
  (next) => fs.readFile(p, 'UTF8', (err, data) => { console.log('UTF8:', typeof data); next(); }),
  (next) => fs.readFile(p, 'ucs2', (err, data) => { console.log('ucs2:', data.length, data.charCodeAt(0).toString(16)); next(); }),
  (next) => fs.readFile(p, 'utf16le', (err, data) => { console.log('utf16le:', data.length); next(); }),
  (next) => fs.readFile(`${dir}/latin.bin`, 'latin1', (err, data) => { console.log('latin1:', JSON.stringify(data)); next(); }),
  (next) => fs.readFile(`${dir}/latin.bin`, 'binary', (err, data) => { console.log('binary:', [...data].map((c) => c.charCodeAt(0)).join(',')); next(); }),
  (next) => fs.readFile(`${dir}/latin.bin`, 'ascii', (err, data) => { console.log('ascii:', [...data].map((c) => c.charCodeAt(0)).join(',')); next(); }),
  (next) => fs.readFile(`${dir}/empty.txt`, (err, data) => { console.log('empty:', data); next(); }),
  (next) => fs.readFile(`${dir}/empty.txt`, 'utf8', (err, data) => { console.log('empty utf8:', JSON.stringify(data)); next(); }),
];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
console.log('sync end: callbacks are always async');
