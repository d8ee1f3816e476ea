// Checks: path.matchesGlob and path.win32.matchesGlob over patterns with `*`, `?`, `**`, classes
// (ranges, negation, [:alpha:]), braces (lists, nested, numeric and letter sequences), extglobs,
// dot-names, a leading `!` (not negation), `\` (a separator, not an escape) and trailing slashes;
// plus 1,500 random path/pattern pairs, and the argument errors.
const path = require('path');
const pairs = [
  ['foo/bar/baz', 'foo/**'], ['foo/bar/baz', '**'], ['foo', '**'], ['.x/a', '**'], ['a/.x', '**'],
  ['a/.x', 'a/*'], ['a/.x', 'a/.*'], ['a/b', 'a/**/b'], ['a/x/y/b', 'a/**/b'], ['a/.h/b', 'a/**/b'],
  ['a/b/', 'a/b'], ['a/b', 'a/b/'], ['a/b', 'a/*/'], ['abc', 'a?c'], ['ac', 'a?c'], ['a/c', 'a?c'],
  ['abc', '[a-c]bc'], ['dbc', '[!a-c]bc'], ['dbc', '[^a-c]bc'], ['Abc', '[[:upper:]]bc'], ['1bc', '[[:alpha:]]bc'],
  ['a-b', 'a[-]b'], ['a]b', 'a[]]b'], ['a[b', 'a[b'], ['ab', '{ab,cd}'], ['cd', '{ab,cd}'], ['ef', '{ab,cd}'],
  ['a3', 'a{1..5}'], ['a7', 'a{1..5}'], ['a03', 'a{01..10}'], ['a3', 'a{01..10}'], ['ac', 'a{a..e..2}'],
  ['ab', 'a{b}'], ['a{b}', 'a{b}'], ['axc', 'a{x,y{z,w}}c'], ['ayzc', 'a{x,y{z,w}}c'], ['ayc', 'a{x,y{z,w}}c'],
  ['foo', '+(foo|bar)'], ['foobar', '+(foo|bar)'], ['', '*(foo)'], ['x', '!(foo)'], ['foo', '!(foo)'],
  ['foo.js', '!(foo).js'], ['bar.js', '!(foo).js'], ['ab', '@(a|b)b'], ['b', '?(a)b'], ['aab', '?(a)b'],
  ['!a', '!a'], ['a', '!a'], ['#a', '#a'], ['a/b', 'a\\b'], ['a\\b', 'a\\b'], ['a*b', 'a\\*b'],
  ['', ''], ['a', ''], ['.', '*'], ['..', '*'], ['..', '.*'], ['.a', '.*'], ['a/./b', 'a/*/b'],
  ['a/../b', 'a/*/b'], ['a/b', 'a/./b'], ['x/y', '*/y'], ['x/y', '*'], ['ABC', 'abc'], ['a.b', '*.b'],
  ['.b', '*.b'], ['a/b/c', 'a/**/**/c'], ['a/b/c', '**/c'], ['c', '**/c'], ['a/b', '**/'], ['a/b/', '**/'],
];
const out = [];
for (const [file, pattern] of pairs) {
  out.push(`${JSON.stringify(file)} ${JSON.stringify(pattern)} posix ${path.posix.matchesGlob(file, pattern)} ` +
    `win32 ${path.win32.matchesGlob(file.replace(/\//g, '\\'), pattern)}`);
}
let seed = 77;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const fileAtoms = ['a', 'b', 'ab', '.', '..', '.h', '/', 'x.js', '1', 'A'];
const patAtoms = ['a', 'b', '*', '**', '?', '/', '.', '[ab]', '[!a]', '{a,b}', '{1..3}', '.h', '@(a|b)', '+(a)', '!(b)', 'x.js', '*.js', 'A'];
for (let t = 0; t < 1500; t++) {
  const file = Array.from({ length: 1 + rand(5) }, () => fileAtoms[rand(fileAtoms.length)]).join('');
  const pattern = Array.from({ length: 1 + rand(5) }, () => patAtoms[rand(patAtoms.length)]).join('');
  out.push(`${file} ${pattern} ${path.posix.matchesGlob(file, pattern) ? 1 : 0}${path.win32.matchesGlob(file, pattern) ? 1 : 0}`);
}
for (const args of [[1, 'a'], ['a', null], []]) {
  try { path.matchesGlob(...args); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); }
}
console.log(out.join('\n'));
