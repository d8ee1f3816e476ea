// Module._load and Module._resolveFilename patched as proxyquire-style tools do: a stub
// for one request, an alias resolved to a file (require.resolve asks the patch too); the
// originals restore the loader.
const Module = require('module');
const originalLoad = Module._load;
Module._load = function _load(request, parent, isMain) {
  if (request === 'stubbed') return { stub: true, parentIsModule: parent === module, isMain };
  return originalLoad.apply(this, arguments);
};
console.log(require('stubbed'), require('path').sep);
Module._load = originalLoad;
try {
  require('stubbed');
} catch (err) {
  console.log(err.code);
}
console.log(Module._resolveFilename('fs'), Module._resolveFilename('node:fs'));
console.log(Module._resolveFilename('./fixtures/hooks/c.js', module).endsWith('/fixtures/hooks/c.js'));
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return originalResolve.call(this, request === 'alias' ? './fixtures/hooks/b.js' : request, ...rest);
};
console.log(require('alias'), require.resolve('alias').endsWith('/fixtures/hooks/b.js'));
console.log(require.resolve('./c.js', { paths: [`${__dirname}/fixtures/hooks`] }).endsWith('/hooks/c.js'));
Module._resolveFilename = originalResolve;
for (const id of ['node:nope', 'nope-package']) {
  try {
    Module._resolveFilename(id, module);
  } catch (err) {
    console.log(id, err.code);
  }
}
try {
  require('node:nope');
} catch (err) {
  console.log(err.code);
}
try {
  Module._resolveFilename('./fixtures/hooks/missing', module);
} catch (err) {
  console.log(err.code, err.message.split('\n')[0]);
}
