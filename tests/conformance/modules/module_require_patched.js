// Module.prototype.require patched as require-in-the-middle does: the patch sees every
// require, nested ones too, and the original keeps working through it.
const Module = require('module');
const seen = [];
const original = Module.prototype.require;
Module.prototype.require = function require(id) {
  seen.push(id);
  const exports = original.apply(this, arguments);
  return id === 'path' ? { ...exports, patched: true } : exports;
};
console.log(require('./fixtures/hooks/b.js'));
console.log(require('path').patched, require('node:os') === require('os'));
console.log(seen);
Module.prototype.require = original;
require('./fixtures/hooks/c.js');
console.log(seen.length);
try {
  require('');
} catch (err) {
  console.log(err.code, err.message);
}
