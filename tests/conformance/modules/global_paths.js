// Module.globalPaths / _initPaths: NODE_PATH's folders (empty ones left out) come first and
// are searched for a package name after the node_modules folders; _nodeModulePaths,
// _resolveLookupPaths and _stat answer as Node's.
const path = require('path');
const Module = require('module');
process.env.NODE_PATH = `${path.join(__dirname, 'fixtures/resolve/global')}::/nowhere`;
Module._initPaths();
// The first folder relative to this file, the second as given: neither depends on the checkout's depth.
console.log(path.relative(__dirname, Module.globalPaths[0]), Module.globalPaths[1]);
console.log(require('dep2'));
console.log(Module._nodeModulePaths('/a/node_modules/b/c'));
console.log(Module._nodeModulePaths('/'), Module._nodeModulePaths('/node_modules'));
console.log(Module._resolveLookupPaths('./x'), Module._resolveLookupPaths('fs'));
console.log(Module._resolveLookupPaths('./x', module).map((p) => path.relative(__dirname, p)));
console.log(Module._stat(__dirname), Module._stat(__filename), Module._stat(path.join(__dirname, 'nope')) < 0);
