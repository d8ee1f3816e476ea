// Module._findPath(request, paths): the request looked for in each folder in turn (a file
// with the extensions, a folder's index or package main), false when none has it.
const Module = require('module');
const path = require('path');
const rel = (p) => (p === false ? p : path.relative(__dirname, p));
const fixtures = path.join(__dirname, 'fixtures');
console.log(rel(Module._findPath('basic/lib', [fixtures])));
console.log(rel(Module._findPath('./basic/dir', [fixtures])));
console.log(rel(Module._findPath('plain', [path.join(fixtures, 'nowhere'), path.join(fixtures, 'nm', 'node_modules')])));
console.log(rel(Module._findPath('missing', [fixtures])));
console.log(rel(Module._findPath(path.join(fixtures, 'basic', 'data.json'))));
console.log(typeof Module._pathCache);
