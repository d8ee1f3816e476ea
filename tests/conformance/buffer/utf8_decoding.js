// UTF-8 decoding: invalid sequences become U+FFFD like V8's decoder.
const cases = [
  [0x61, 0xc3, 0x28],
  [0xf0, 0x9f, 0x98, 0x80],
  [0xed, 0xa0, 0x80],
  [0xc0, 0x80],
  [0xe2, 0x82],
  [0xf4, 0x90, 0x80, 0x80],
  [0x80, 0xbf],
  [0xef, 0xbb, 0xbf, 0x41],
  [0xf0, 0x9f, 0x98],
];
for (const bytes of cases) {
  const s = Buffer.from(bytes).toString();
  console.log(bytes.map((b) => b.toString(16)).join(' '), '->', s.length, [...s].map((c) => c.codePointAt(0).toString(16)).join(' '));
}
console.log('round trip:', Buffer.from('añ€😀').toString() === 'añ€😀');
