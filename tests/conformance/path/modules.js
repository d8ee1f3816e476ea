// Checks: the path module's shape: path === path.posix, path.win32 and path.posix point at each
// other, `path/posix` and `path/win32` (with and without `node:`), key order, sep/delimiter,
// _makeLong, toNamespacedPath on non-strings, and the argument errors of both flavours.
const path = require('path');
const win32 = require('path/win32');
const posix = require('node:path/posix');
console.log(path === posix, win32 === path.win32, require('node:path/win32') === win32);
console.log(path.posix.win32 === win32, win32.posix === posix, win32.win32 === win32, posix.posix === posix);
console.log(Object.keys(path).join(), Object.keys(win32).join());
console.log(win32.sep, win32.delimiter, posix.sep, posix.delimiter);
console.log(posix._makeLong === posix.toNamespacedPath, win32._makeLong === win32.toNamespacedPath);
for (const v of [null, 1, true, '', undefined, {}]) console.log(win32.toNamespacedPath(v), posix.toNamespacedPath(v));
for (const p of [posix, win32]) {
  for (const [name, args] of [['join', [1]], ['resolve', ['a', null]], ['relative', ['a', 2]], ['basename', ['a', 3]],
    ['format', [null]], ['format', ['x']], ['parse', [{}]], ['matchesGlob', ['a', /a/]]]) {
    try { p[name](...args); console.log('no throw', name); } catch (e) { console.log(name, e.name, e.code, e.message); }
  }
  console.log(p.format({ root: 'r', dir: 'd', base: 'b', name: 'n', ext: 'e' }), p.format({ name: 'n', ext: 'e' }), p.format({ root: p.sep, name: 'x', ext: '.y' }));
}
