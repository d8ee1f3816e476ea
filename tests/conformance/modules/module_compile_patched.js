// Module.prototype._compile and the '.js' extension patched as pirates does (a source
// transform), and new Module() + _compile to run a string as a module.
const Module = require('module');
const path = require('path');
const originalJs = Module._extensions['.js'];
Module._extensions['.js'] = function (mod, filename) {
  const compile = mod._compile;
  mod._compile = function (code, file) {
    return compile.call(this, code.replace('"c"', '"transformed"'), file);
  };
  return originalJs(mod, filename);
};
console.log(require('./fixtures/hooks/c.js'));
Module._extensions['.js'] = originalJs;
const file = path.join(__dirname, 'fixtures', 'hooks', 'virtual.js');
const m = new Module(file, module);
console.log(Object.keys(m), m.filename, m.loaded, module.children.includes(m));
m.filename = file;
m.paths = Module._nodeModulePaths(path.dirname(file));
m._compile('const path = require("path");\nmodule.exports = { name: path.basename(__filename), c: require("./c.js") };', file);
console.log(m.exports);
console.log(typeof Module, Module.Module === Module, module instanceof Module, Module._cache === require.cache);
