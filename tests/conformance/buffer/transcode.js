// buffer.transcode between the encodings Node's ICU build offers.
const { transcode, Buffer } = require('buffer');
const show = (b) => `${b.constructor.name} ${b.toString('hex')}`;
const text = 'h\u00e9llo \u20ac \u{1F600}';
for (const from of ['utf8', 'ucs2', 'latin1']) {
  for (const to of ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii']) {
    console.log(from, to, show(transcode(Buffer.from(text, from), from, to)));
  }
}
console.log(show(transcode(new Uint8Array([0x41, 0x00, 0xd8, 0x00]), 'ucs2', 'utf8')));
console.log(show(transcode(Buffer.from('abc'), 'UTF8', 'UCS2')));
console.log(show(transcode(Buffer.alloc(0), 'utf8', 'ascii')));
for (const [src, from, to] of [['x', 'utf8', 'ascii'], [Buffer.from('x'), 'utf8', 'hex'], [Buffer.from('x'), 'base64', 'utf8'], [[1], 'utf8', 'utf8']]) {
  try {
    transcode(src, from, to);
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.message);
  }
}
