// util.inspect of generated plain data (objects and arrays of numbers, strings, booleans, null,
// undefined and bigints, nested, with keys that need quotes, strings with quotes, arrays long
// enough to be grouped into columns) under several depths and break lengths: the output Node
// gives, byte for byte, whichever way sous formats it.
const util = require('util');
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const words = ['a', 'bb', 'item', "it's", 'say "hi"', "both ' and \"", 'tab\there', 'ü', '日本', 'x'.repeat(20),
  'y'.repeat(70), '', 'with space', 'back\\slash', 'new\nline'];
const keys = ['a', 'b_1', '_x', 'A', 'key-with-dash', '1', '42', 'has space', 'ünï', '', 'constructor2', '$d'];
function primitive() {
  switch (rand(9)) {
    case 0: return rand(1000) - 500;
    case 1: return rand(100000) / 7;
    case 2: return words[rand(words.length)];
    case 3: return rand(2) === 0;
    case 4: return null;
    case 5: return undefined;
    case 6: return BigInt(rand(1000));
    case 7: return [-0, NaN, Infinity, -Infinity, 1e21, 1e-7][rand(6)];
    default: return rand(10);
  }
}
function value(level) {
  const r = rand(10);
  if (level > 4 || (level > 0 && r < 5)) return primitive();
  if (r < 8) {
    const n = rand(4) === 0 ? rand(30) : rand(8);
    const a = [];
    const numeric = rand(2) === 0;
    for (let i = 0; i < n; i++) a.push(numeric ? rand(2000) - 100 : value(level + 1));
    return a;
  }
  const o = {};
  const n = rand(6);
  for (let i = 0; i < n; i++) o[keys[rand(keys.length)]] = value(level + 1);
  return o;
}
const options = [undefined, { depth: 0 }, { depth: Infinity }, { breakLength: 40 }, { breakLength: Infinity },
  { depth: null, breakLength: 120 }, { maxArrayLength: 3 }, { maxStringLength: 4 }];
for (let i = 0; i < 300; i++) {
  const v = value(0);
  const opts = options[i % options.length];
  console.log(`#${i} ${JSON.stringify(opts)}`);
  console.log(opts === undefined ? util.inspect(v) : util.inspect(v, opts));
}
const nested = { level1: { level2: { level3: { level4: 'deep' } }, list: [[1, [2, [3, [4]]]]] } };
console.log(nested);
console.log([nested, nested]);
