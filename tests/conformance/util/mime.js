// Checks: util.MIMEType/MIMEParams: parsing (whitespace, case, quoted values with escapes, empty,
// invalid and repeated parameters), serialization, setters and their errors, params methods
// (case-insensitive names), 2,000 random MIME strings, and the shapes of both classes.
const { MIMEType, MIMEParams, inspect } = require('util');
const out = [];
const m = new MIMEType('  Text/HTML ; Charset="utf-8\\"x" ; q=1;empty=;bad name=1; charset=no;x="a b"  ');
out.push(`${m} ${m.type} ${m.subtype} ${m.essence} ${JSON.stringify([...m.params])} ${m.params.get('CHARSET')} ${m.params.has('q')} ${JSON.stringify(m)}`);
out.push(inspect(m), inspect(m.params), Object.getOwnPropertyNames(MIMEType.prototype).join(), Object.getOwnPropertyNames(MIMEParams.prototype).join());
for (const s of ['', 'text', 'text/', '/html', 't e/x', 'text/ht ml', 'a/b;', 'a/b;c="d', 'a/b;c="d\\', 'a/b;c=d;C=e', 'a/b;=x;y', '\u00e9/b']) {
  try { out.push(String(new MIMEType(s))); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); }
}
for (const [field, value] of [['type', 'bad type'], ['subtype', ''], ['type', 'IMAGE'], ['subtype', 'P+NG']]) {
  try { m[field] = value; out.push(String(m)); } catch (e) { out.push(`${e.code} ${e.message}`); }
}
for (const [name, value] of [['bad name', 'x'], ['ok', 'bad\u0000'], ['Up', ''], ['n', 'needs "quotes"'], ['', 'x']]) {
  try { m.params.set(name, value); out.push(String(m)); } catch (e) { out.push(`${e.code} ${JSON.stringify(e.message)}`); }
}
m.params.delete('Q');
out.push(`${m} ${m.params} ${[...m.params.keys()]} ${JSON.stringify([...m.params.values()])} ${m.params.get('none')}`);
let seed = 5;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const atoms = ['text', '/', 'html', ';', '=', '"', '\\', ' ', '\t', 'a', 'B', 'é', '\u0100', ',', 'q', '1', '""', '\n'];
for (let t = 0; t < 2000; t++) {
  const s = Array.from({ length: rand(12) }, () => atoms[rand(atoms.length)]).join('');
  try { out.push(`${JSON.stringify(s)} ${JSON.stringify(String(new MIMEType(s)))}`); } catch (e) { out.push(`${JSON.stringify(s)} ${e.code} ${JSON.stringify(e.message)}`); }
}
console.log(out.join('\n'));
