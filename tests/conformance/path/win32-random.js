// Checks: every path.win32 function (and path.posix's) over 3,000 random paths built from
// drive letters, UNC and device prefixes (`\\server\share`, `\\?\`, `\\.\`), both separators,
// `.`/`..`, dots, colons, reserved device names (CON, nul.txt, COM1) and non-ASCII case pairs.
// It runs from `/` so that resolve's results do not depend on where the case lives.
const path = require('path');
let seed = 2024;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const atoms = ['a', 'B', 'foo', '.', '..', '...', '.x', 'x.', 'a.b', '\\', '/', '\\\\', '//', 'c:', 'C:',
  'D:', ':', 'z', '?', 'CON', 'con:', 'nul.txt', 'COM1:', 'aux', 'LPT\u00b9:', 'file:x', '\\\\?\\',
  '\\\\.\\', '\\\\srv\\sh', '//h/s', '\u0130', '\u0131', 'I', 'i', '\u00c9', '\u00e9', ' ', 'UNC'];
const gen = () => Array.from({ length: rand(6) }, () => atoms[rand(atoms.length)]).join('');
process.chdir('/');
const show = (v) => JSON.stringify(v);
const call = (fn, ...args) => {
  try { return show(fn(...args)); } catch (e) { return `throws ${e.code}`; }
};
const out = [];
for (const [name, p] of [['win32', path.win32], ['posix', path.posix]]) {
  for (let t = 0; t < 1500; t++) {
    const a = gen();
    const b = gen();
    const suffix = ['', '.b', 'b', a.slice(-2), 'x.'][rand(5)];
    out.push(`${name} ${JSON.stringify(a)} ${JSON.stringify(b)}`);
    out.push(`  normalize ${call(p.normalize, a)} isAbsolute ${call(p.isAbsolute, a)} dirname ${call(p.dirname, a)}`);
    out.push(`  basename ${call(p.basename, a)} ${call(p.basename, a, suffix)} extname ${call(p.extname, a)}`);
    out.push(`  parse ${call(p.parse, a)} format ${call(p.format, p.parse(a))}`);
    out.push(`  join ${call(p.join, a, b)} ${call(p.join, b, a, b)} resolve ${call(p.resolve, a)} ${call(p.resolve, a, b)}`);
    out.push(`  relative ${call(p.relative, a, b)} ${call(p.relative, b, a)} ns ${call(p.toNamespacedPath, a)}`);
  }
}
console.log(out.join('\n'));
