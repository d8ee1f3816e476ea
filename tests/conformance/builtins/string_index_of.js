// String.prototype.indexOf (sous searches from the position; Boa re-walks from the start):
// every position form and clamping, empty needles, Latin-1 and UTF-16 strings, surrogates,
// coercion of this and of the arguments, and a walk over a long string line by line.
const out = [];
const strs = ['', 'a', 'abcabc', 'héllo wörld', '日本語テキスト日本', 'a\u{1F600}b\u{1F600}', 'aaaaab', 'x'.repeat(300) + 'y'];
const needles = ['', 'a', 'b', 'bc', 'ö', '本', '\u{1F600}', '\uD83D', 'ab', 'aab', 'y', 'zz', 'wörld'];
const positions = [undefined, -5, 0, 1, 2, 3.7, 5, 100, 400, NaN, Infinity, -Infinity, '2', null, true];
for (const s of strs) for (const n of needles) for (const p of positions) out.push(s.indexOf(n, p));
out.push(String.prototype.indexOf.call(12345, 3), 'abc'.indexOf(), 'undefined'.indexOf(), String.prototype.indexOf.length, String.prototype.indexOf.name);
try { String.prototype.indexOf.call(null, 'a'); } catch (e) { out.push(e.constructor.name); }
try { 'a'.indexOf(Symbol()); } catch (e) { out.push(e.constructor.name); }
console.log(out.join(','));
const long = ('x'.repeat(49) + '\n').repeat(20000);
let lines = 0;
for (let at = 0, j; (j = long.indexOf('\n', at)) >= 0; at = j + 1) lines++;
console.log(lines);
