// String.prototype.includes (sous searches primitives from the position itself): positions,
// empty needles, Latin-1 and UTF-16 strings, coercion, and a RegExp refused as in V8.
const out = [];
const strs = ['', 'a', 'abcabc', 'héllo wörld', '日本語テキスト日本', 'a\u{1F600}b\u{1F600}', 'aaaaab', 'x'.repeat(300) + 'y'];
const needles = ['', 'a', 'b', 'bc', 'ö', '本', '\u{1F600}', '\uD83D', 'ab', 'aab', 'y', 'zz', 'wörld'];
const positions = [undefined, -5, 0, 1, 2, 3.7, 5, 100, 400, NaN, Infinity, -Infinity, '2', null, true];
for (const s of strs) for (const n of needles) for (const p of positions) out.push(s.includes(n, p));
out.push(String.prototype.includes.call(12345, 3), 'abc'.includes(), 'undefined'.includes(), String.prototype.includes.length, String.prototype.includes.name);
try { String.prototype.includes.call(null, 'a'); } catch (e) { out.push(e.constructor.name); }
try { 'a'.indexOf(Symbol()); } catch (e) { out.push(e.constructor.name); }
console.log(out.join(','));
try { 'a'.includes(/a/); } catch (e) { console.log(e.constructor.name, e.message); } console.log('abc'.includes({ toString() { return 'b'; } }), 'a,b'.includes(['a','b']));
