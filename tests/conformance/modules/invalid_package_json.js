// A package.json that is not valid JSON is ERR_INVALID_PACKAGE_CONFIG, not
// skipped: for require() of a package, for the "type" of a required file's
// scope, and for import() of a package (which names the importer) or of a
// file in a broken scope.
const { createRequire } = require('module');
const base = __dirname + '/fixtures/badpkg/';
const r = createRequire(base + 'main.js');
const show = (e) => console.log(e.code, Object.keys(e), e.message.split(__dirname).join('<dir>'));
for (const id of ['broken', './scope/x.js']) {
  try {
    r(id);
    console.log('loaded', id);
  } catch (e) {
    show(e);
  }
}
import('./fixtures/badpkg/imp.mjs')
  .then((m) => m.load())
  .then(() => console.log('loaded broken'), show)
  .then(() => import('./fixtures/badpkg/node_modules/broken_esm/index.js'))
  .then(() => console.log('loaded by path'), show);
