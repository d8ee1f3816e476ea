// Checks: util.parseArgs over 3,000 random argument lists and option tables (string/boolean,
// short names, multiple, defaults; strict or not, allowPositionals, allowNegative, tokens):
// values, positionals, tokens, or the error (code and message); plus the config validation
// errors and the null-prototype values object.
const { parseArgs, inspect } = require('util');
let seed = 31;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const argAtoms = ['--foo', '--foo=x', '--bar', '--no-bar', '--no-foo', '-f', '-b', '-fb', '-bf', '-bfval', '-x', '--', '-',
  'pos', '-1', '--baz=', '--=x', '---a', '-bb', '--bar=1', 'val', '--multi', '--multi=m', '-m'];
const out = [];
for (let t = 0; t < 3000; t++) {
  const args = Array.from({ length: rand(6) }, () => argAtoms[rand(argAtoms.length)]);
  const options = {};
  if (rand(4)) options.foo = { type: ['string', 'boolean'][rand(2)], ...(rand(2) ? { short: 'f' } : {}) };
  if (rand(4)) options.bar = { type: 'boolean', ...(rand(2) ? { short: 'b' } : {}), ...(rand(3) ? {} : { default: false }) };
  if (rand(2)) options.multi = { type: 'string', multiple: true, short: 'm', ...(rand(3) ? {} : { default: ['d'] }) };
  const config = { args, options };
  for (const key of ['strict', 'allowPositionals', 'allowNegative', 'tokens']) if (rand(3) === 0) config[key] = rand(2) === 1;
  try {
    out.push(`${JSON.stringify(config)} => ${JSON.stringify(parseArgs(config))}`);
  } catch (e) {
    out.push(`${JSON.stringify(config)} => ${e.name} ${e.code} ${JSON.stringify(e.message)}`);
  }
}
const bad = [1, { args: 'x' }, { args: [1] }, { strict: 1 }, { tokens: 'y' }, { allowNegative: 0 }, { options: [] },
  { options: { a: 1 } }, { options: { a: {} } }, { options: { a: { type: 'number' } } }, { options: { a: { type: 'string', short: 1 } } },
  { options: { a: { type: 'string', short: '' } } }, { options: { a: { type: 'boolean', multiple: 'no' } } },
  { options: { a: { type: 'boolean', default: 'x' } } }, { options: { a: { type: 'boolean', multiple: true, default: [true, 1] } } }];
for (const config of bad) {
  try { parseArgs(config); out.push('no throw'); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); }
}
const r = parseArgs({ args: ['--a', '-b', 'c'], strict: false, tokens: true });
out.push(inspect(r, { depth: 4 }), String(Object.getPrototypeOf(r.values)));
console.log(out.join('\n'));
