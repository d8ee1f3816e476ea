// Checks: StringDecoder over 2,800 random chunkings of byte strings rich in partial UTF-8 sequences,
// surrogates and base64 groups, in every encoding (write, lastNeed/lastTotal, end); encoding
// names, string and TypedArray input, the errors, and the legacy text().
const { StringDecoder } = require('string_decoder');
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const pool = [0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xe0, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x8f, 0xff, 0xfe, 0x00, 0xd8, 0x3d, 0xdc, 0xde];
const out = [];
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  for (let t = 0; t < 400; t++) {
    const len = rand(12);
    const bytes = Buffer.from(Array.from({ length: len }, () => pool[rand(pool.length)]));
    const d = new StringDecoder(enc);
    let s = '';
    let i = 0;
    const parts = [];
    while (i < len) { const n = 1 + rand(4); parts.push(d.write(bytes.subarray(i, i + n))); parts.push(`${d.lastNeed}/${d.lastTotal}`); i += n; }
    parts.push(d.end());
    out.push(`${enc} ${bytes.toString('hex')} ${JSON.stringify(parts)}`);
  }
}
const d = new StringDecoder();
out.push(d.encoding, new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding);
out.push(JSON.stringify([d.write('str'), d.write(new Uint16Array([0x4241])), d.end(Buffer.from([0xe2, 0x82]))]));
for (const bad of [() => new StringDecoder('nope'), () => d.write(5), () => d.write({}), () => d.end(null)]) {
  try { bad(); out.push('no throw'); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); }
}
out.push(JSON.stringify(new StringDecoder('utf8').text(Buffer.from('héllo'), 2)));
console.log(out.join('\n'));
