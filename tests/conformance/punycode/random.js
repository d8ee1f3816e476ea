// Checks: punycode (Node's bundled punycode.js 2.1.0): encode/decode/toASCII/toUnicode/ucs2 over
// 3,000 random strings (ASCII, accents, CJK, emoji, lone surrogates, dots of every script,
// `@`, `xn--` labels), decode of random basic strings (invalid digits, overflow), the module's
// keys and version, and the DEP0040 warning on require.
const punycode = require('punycode');
let seed = 1234;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const atoms = ['a', 'Z', '0', '-', '.', '\u3002', '\uff0e', '\uff61', '@', 'xn--', 'ñ', 'ü', '\u00df', '\u4e2d',
  '\u6587', '\u{1F600}', '\u{1F4A9}', '\ud800', '\udc00', '\u007f', ' ', '!', 'XN--', 'maana-pta', 'ls8h'];
const show = (fn, s) => { try { return JSON.stringify(fn(s)); } catch (e) { return `${e.name}: ${e.message}`; } };
const out = [Object.keys(punycode).join(), punycode.version, Object.keys(punycode.ucs2).join()];
for (let t = 0; t < 3000; t++) {
  const s = Array.from({ length: rand(7) }, () => atoms[rand(atoms.length)]).join('');
  out.push(`${JSON.stringify(s)} enc ${show(punycode.encode, s)} ascii ${show(punycode.toASCII, s)} uni ${show(punycode.toUnicode, s)}` +
    ` dec ${show(punycode.decode, s)} ucs2 ${show(punycode.ucs2.decode, s)}`);
}
const basic = 'abcxyz0189-_!~ \x7f\x80';
for (let t = 0; t < 1500; t++) {
  const s = Array.from({ length: rand(12) }, () => basic[rand(basic.length)]).join('');
  out.push(`${JSON.stringify(s)} ${show(punycode.decode, s)}`);
}
out.push(punycode.ucs2.encode([0x61, 0x1F600, 0xd800]), show(punycode.decode, '99999999999'));
console.log(out.join('\n'));
