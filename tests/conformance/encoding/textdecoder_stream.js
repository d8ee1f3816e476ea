// TextDecoder: stream: true across chunk boundaries, BOM handling, fatal,
// inputs of every buffer type, and the decoder's reset after a final call.
const util = require('util');
function chunks(label, bytes, size, options) {
  const d = new TextDecoder(label, options);
  let out = '';
  for (let i = 0; i < bytes.length; i += size) out += d.decode(new Uint8Array(bytes.slice(i, i + size)), { stream: true });
  out += d.decode();
  return out;
}
const texts = {
  'utf-8': [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f],
  'utf-16le': [0xff, 0xfe, 0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x3d, 0xd8, 0x62],
  'utf-16be': [0xfe, 0xff, 0x00, 0x61, 0xd8, 0x3d, 0xde, 0x00, 0xdc, 0x00],
  'shift_jis': [0x82, 0xa0, 0x93, 0xfa, 0x82],
  'gb18030': [0x81, 0x30, 0x81, 0x30, 0x81],
};
for (const [label, bytes] of Object.entries(texts)) {
  for (const size of [1, 2, 3, 5, 100]) {
    for (const options of [{}, { ignoreBOM: true }]) {
      console.log(label, size, JSON.stringify(options), JSON.stringify(chunks(label, bytes, size, options)));
    }
  }
}
// fatal while streaming: the error comes when the data is known to be bad.
const f = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(f.decode(new Uint8Array([0xe2, 0x82]), { stream: true })));
try { f.decode(); } catch (e) { console.log('flush', e.name, e.code, e.message); }
console.log(JSON.stringify(f.decode(new Uint8Array([0x61]))));
try { f.decode(new Uint8Array([0x61, 0xff, 0x62]), { stream: true }); } catch (e) { console.log('mid', e.name, e.code); }
console.log(JSON.stringify(f.decode(new Uint8Array([0x63]))));
const f16 = new TextDecoder('utf-16le', { fatal: true });
try { f16.decode(new Uint8Array([0x61, 0x00, 0x62])); } catch (e) { console.log('odd', e.name, e.code, e.message); }
// The BOM is removed once per stream, at its start.
const b = new TextDecoder();
console.log(JSON.stringify(b.decode(new Uint8Array([0xef, 0xbb]), { stream: true })),
  JSON.stringify(b.decode(new Uint8Array([0xbf, 0x41]), { stream: true })),
  JSON.stringify(b.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))),
  JSON.stringify(b.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x43]))));
// Input types
const bytes = new Uint8Array([0x68, 0x69, 0x21, 0x21]);
const d = new TextDecoder();
console.log(d.decode(bytes.buffer), d.decode(new DataView(bytes.buffer, 1, 2)), d.decode(new Uint16Array(bytes.buffer)),
  d.decode(Buffer.from('buf')), d.decode(bytes.subarray(2)), JSON.stringify(d.decode()), JSON.stringify(d.decode(undefined)),
  d.decode(new Float64Array(1)).length);
const shared = new SharedArrayBuffer(2);
new Uint8Array(shared).set([0x4f, 0x4b]);
console.log(d.decode(shared), d.decode(new Uint8Array(shared)));
// Properties and inspect
for (const args of [[], ['utf8'], ['latin1', { fatal: true }], ['utf-16be', { ignoreBOM: 1 }], [undefined, null], ['UTF-16', { fatal: 'yes', ignoreBOM: 0 }]]) {
  const t = new TextDecoder(...args);
  console.log(t.encoding, t.fatal, t.ignoreBOM, t, util.inspect(t, { depth: -1 }));
}
console.log(Object.getOwnPropertyNames(TextDecoder.prototype), Object.keys(TextDecoder.prototype), Object.prototype.toString.call(new TextDecoder()));
console.log(util.inspect([[new TextDecoder('gbk')]], { depth: 1 }), util.inspect(new TextDecoder(), { colors: true }));
console.log(util.inspect({ a: { b: { c: { d: new TextDecoder() } } } }, { depth: 10 }), util.inspect({ a: { b: new TextDecoder() } }, { depth: 0 }));
