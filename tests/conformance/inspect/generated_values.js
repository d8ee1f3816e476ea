// Checks: 300 deterministic pseudo-random nested values (arrays, objects, maps, sets, holes, number
// and string arrays) under several inspect options print exactly as Node's line breaking and grouping.
const util = require('util');
let seed = 7;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const strs = ['', 'a', 'hello', "it's", 'x'.repeat(20), 'multi\nline', 'tab\there', '日本', 'longer string value here', 'q"uo\'te'];
const keys = ['a', 'b', 'key', 'longerKeyName', 'with-dash', '0', '12', 'x y', '$', '_p'];
function prim() {
  return pick([() => Math.floor(rnd() * 1000), () => rnd() * 100 - 50, () => -0, () => pick(strs), () => true,
    () => null, () => undefined, () => BigInt(Math.floor(rnd() * 1e6)), () => NaN])();
}
function val(d) {
  if (d <= 0 || rnd() < 0.3) return prim();
  const k = Math.floor(rnd() * 9);
  const n = Math.floor(rnd() * (rnd() < 0.2 ? 30 : 6));
  switch (k) {
    case 0: case 1: return Array.from({ length: n }, () => val(d - 1));
    case 2: case 3: { const o = {}; for (let i = 0; i < n; i++) o[pick(keys)] = val(d - 1); return o; }
    case 4: return new Map(Array.from({ length: n % 5 }, () => [prim(), val(d - 1)]));
    case 5: return new Set(Array.from({ length: n % 5 }, () => val(d - 1)));
    case 6: return Array.from({ length: n * 3 }, () => Math.floor(rnd() * 10 ** Math.floor(rnd() * 5)));
    case 7: { const a = Array.from({ length: n }, () => val(d - 1)); if (n > 1) delete a[1]; return a; }
    default: return Array.from({ length: n * 2 }, () => pick(strs));
  }
}
const opts = [undefined, { depth: 1 }, { compact: false }, { breakLength: 40 }, { compact: 1 }, { depth: 4 },
  { sorted: true }, { compact: true }];
for (let i = 0; i < 300; i++) {
  const v = val(4);
  console.log(`#${i}`, util.inspect(v, pick(opts)));
}
