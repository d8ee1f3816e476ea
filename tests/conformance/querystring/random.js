// Checks: querystring.parse over 1,500 random strings rich in malformed and multi-byte escapes,
// '+', custom separators, maxKeys and custom decoders; unescape/unescapeBuffer/escape on the same;
// stringify of 500 random objects (arrays, non-finite numbers, bigints, custom encoders); errors.
const qs = require('querystring');
const { inspect } = require('util');
let seed = 4242;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const atoms = ['a', 'b', 'k', '=', '&', ';', '+', '%', '%2', '%41', '%zz', '%E2%82%AC', '%E2%82', '%F0%9F%98%80', '%20', 'é', '\u{1F600}', '::', '__proto__', 'hasOwnProperty', ' ', '%25', '%2B', '=='];
const out = [];
for (let t = 0; t < 1500; t++) {
  const s = Array.from({ length: rand(9) }, () => atoms[rand(atoms.length)]).join('');
  const seps = [undefined, '&', ';', '::', '', 5][rand(6)];
  const eqs = [undefined, '=', '::', ''][rand(4)];
  const opts = [undefined, { maxKeys: rand(4) }, { maxKeys: NaN }, { decodeURIComponent: (x) => x.toUpperCase() }, { decodeURIComponent: () => { throw new Error('no'); } }][rand(5)];
  out.push(`${JSON.stringify(s)} ${String(seps)} ${String(eqs)} ${inspect(qs.parse(s, seps, eqs, opts))}`);
  out.push(`  unescape ${JSON.stringify(qs.unescape(s))} ${JSON.stringify(qs.unescape(s, true))} ${qs.unescapeBuffer(s, rand(2) === 1).toString('hex')}`);
  try { out.push(`  escape ${qs.escape(s)}`); } catch (e) { out.push(`  escape throws ${e.name} ${e.code} ${e.message}`); }
}
const values = ['x y', 1, -0, 1e21, 1.5e300, NaN, Infinity, 10n, true, false, null, undefined, {}, [], ['a', 'b'], [[1]], Symbol.iterator, '', 'é&=', () => 1];
for (let t = 0; t < 500; t++) {
  const obj = {};
  for (let i = rand(4); i > 0; i--) obj[atoms[rand(atoms.length)]] = values[rand(values.length)];
  const opts = [undefined, { encodeURIComponent: (x) => `<${x}>` }][rand(2)];
  try { out.push(`stringify ${qs.stringify(obj, [undefined, ';', ''][rand(3)], [undefined, ':'][rand(2)], opts)}`); } catch (e) { out.push(`stringify throws ${e.name}`); }
}
out.push(qs.stringify('x'), qs.stringify(null), qs.stringify([1, 2]), qs.escape(5), qs.escape({ toString() { return 'a b'; } }), qs.escape(['a', 'b']));
for (const bad of [() => qs.escape('\ud800')]) {
  try { bad(); out.push('no throw'); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); }
}
out.push(Object.keys(qs).join(), qs.decode === qs.parse, qs.encode === qs.stringify, Object.getPrototypeOf(qs.parse('a=1')));
console.log(out.join('\n'));
