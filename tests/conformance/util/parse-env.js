// Checks: util.parseEnv on fixed examples (comments, export, quotes of each kind, multi-line
// values, `\n` in double quotes, unterminated quotes, CRLF, empty keys and values) and on 3,000
// random strings of .env fragments; the argument error.
const { parseEnv, inspect } = require('util');
const fixed = ['A=1\n# c\nB="x\\ny"\nexport C = z # com\nD', 'K=', 'K', '=v\nK=2', "S='a\nb'\nT=`c`", 'Q="open\nR=1',
  'A=1\r\nB=2\r\n', '  X  =  y  ', 'E="a"b\nF=1', 'export =1', 'A=#x', 'M="a\\nb\\n"', 'A=1\n\n\n#x\nB=2', ''];
let seed = 99;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const atoms = ['A', 'b', '=', '\n', '\r\n', ' ', '\t', '#', '"', "'", '`', '\\n', 'export ', 'x y', '==', 'é', ''];
const out = fixed.map((s) => `${JSON.stringify(s)} ${inspect(parseEnv(s))}`);
for (let t = 0; t < 3000; t++) {
  const s = Array.from({ length: rand(10) }, () => atoms[rand(atoms.length)]).join('');
  out.push(`${JSON.stringify(s)} ${JSON.stringify(parseEnv(s))}`);
}
try { parseEnv(1); } catch (e) { out.push(`${e.code} ${e.message}`); }
console.log(out.join('\n'));
