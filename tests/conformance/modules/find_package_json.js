// module.findPackageJSON: a bare specifier gives its package's root package.json (through the
// node_modules folders above `base`, scoped names too); a relative or absolute one is resolved as
// an import (no extension added, a folder taken as is) and gives the closest package.json above
// it; Node's errors for a missing file or package, a relative specifier without a file base, bad
// arguments.
const { findPackageJSON } = require('module');
const path = require('path');
const { pathToFileURL } = require('url');
const root = path.join(__dirname, 'fixtures', 'find_pkg');
const qux = path.join(root, 'packages', 'qux');
const base = path.join(qux, 't.js');
const show = (f) => {
  try {
    const r = f();
    console.log(r === undefined ? 'undefined' : path.relative(root, r));
  } catch (e) {
    console.log(e.name, e.code, e.message.split(root).join('<root>'));
  }
};
console.log(findPackageJSON.length, typeof findPackageJSON);
show(() => findPackageJSON('..', base));
show(() => findPackageJSON('.', base));
show(() => findPackageJSON('./qux.js', base));
show(() => findPackageJSON('./missing.js', base));
show(() => findPackageJSON('./qux', base));
show(() => findPackageJSON('../bar/bar.js', base));
show(() => findPackageJSON('./node_modules/some-package/sub', base));
show(() => findPackageJSON('./node_modules/some-package/sub/', base));
show(() => findPackageJSON('some-package', base));
show(() => findPackageJSON('some-package/sub/x.js', base));
show(() => findPackageJSON('@sc/pk', base));
show(() => findPackageJSON('@sc', base));
show(() => findPackageJSON('nope', base));
show(() => findPackageJSON('fs', base));
show(() => findPackageJSON(path.join(qux, 'node_modules/some-package/sub/x.js')));
show(() => findPackageJSON(pathToFileURL(path.join(qux, 'node_modules/some-package/sub/x.js'))));
show(() => findPackageJSON(pathToFileURL(path.join(qux, 'qux.js')).href));
show(() => findPackageJSON('./qux.js', pathToFileURL(base).href));
show(() => findPackageJSON('./qux.js', pathToFileURL(base)));
show(() => findPackageJSON('./qux.js', qux));
show(() => findPackageJSON('./qux.js'));
show(() => findPackageJSON('x'));
show(() => findPackageJSON());
show(() => findPackageJSON('x', 42));
