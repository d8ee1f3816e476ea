// UTF-8 decoding of file contents: multi-byte, astral, BOM, and invalid sequences as U+FFFD.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_utf8');
const samples = {
  ascii: [0x61, 0x62],
  twoByte: [0xc3, 0xa9, 0xc3, 0xbc],
  threeByte: [0xe2, 0x82, 0xac],
  astral: [0xf0, 0x9f, 0x98, 0x80],
  bom: [0xef, 0xbb, 0xbf, 0x61],
  loneContinuation: [0x61, 0x80, 0x62],
  truncated: [0xe2, 0x82],
  overlong: [0xc0, 0xaf],
  surrogate: [0xed, 0xa0, 0x80],
  tooHigh: [0xf4, 0x90, 0x80, 0x80],
  ff: [0xff, 0xfe, 0x61],
  mixed: [0xe2, 0x82, 0xac, 0xff],
};
const names = Object.keys(samples);
for (const name of names) fs.writeFileSync(`${dir}/${name}`, Buffer.from(samples[name]));
const run = (i) => {
  if (i === names.length) return;
  fs.readFile(`${dir}/${names[i]}`, 'utf8', (err, s) => {
    const sync = fs.readFileSync(`${dir}/${names[i]}`, 'utf8');
    console.log(names[i], s.length, [...s].map((c) => c.codePointAt(0).toString(16)).join(' '), sync === s);
    run(i + 1);
  });
};
run(0);
