// fetch: Headers normalises names and values, joins duplicates, keeps
// Set-Cookie apart, iterates sorted, rejects bad names/values, and an
// immutable guard refuses changes.
const h = new Headers({ b: '2', A: ' 1 ' });
h.append('set-cookie', 'x=1');
h.append('Set-Cookie', 'y=2');
h.append('a', '3');
console.log(h);
console.log([...h], h.get('a'), h.get('missing'), h.getSetCookie(), h.has('B'));
h.set('a', 'only');
h.delete('b');
console.log([...h.keys()], [...h.values()]);
const seen = [];
h.forEach((value, name) => seen.push(`${name}=${value}`));
console.log(seen);
console.log([...new Headers([['x', '1'], ['X', '2']])]);
for (const f of [
  () => h.append('a b', '1'),
  () => h.append('a', '1\n2'),
  () => new Headers(1),
  () => new Headers([['a']]),
  () => Response.error().headers.set('a', 'b'),
]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
console.log(Object.prototype.toString.call(h));
