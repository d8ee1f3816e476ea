'use strict';
// `module`: the builtin list and createRequire. The loader itself is Rust
// (runtime/modules/); `require` objects come from there.

const binding = internalBinding('modules');

function createRequire(filename) {
  let path = filename;
  if (typeof path === 'object' && path !== null && typeof path.href === 'string') path = path.href;
  if (typeof path === 'string' && path.startsWith('file://')) path = decodeURIComponent(path.slice(7));
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_VALUE', 'filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  return binding.createRequire(path);
}

function isBuiltin(name) {
  const id = typeof name === 'string' && name.startsWith('node:') ? name.slice(5) : name;
  return builtinModules.includes(id);
}

const builtinModules = binding.builtinModules();

module.exports = { builtinModules, createRequire, isBuiltin };
