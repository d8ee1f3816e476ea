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

// Source maps: the setting is kept and reported (it is process.setSourceMapsEnabled's),
// but sous does not map stack traces through source maps.
let sourceMapsOptions = { nodeModules: false, generatedCode: false };
function setSourceMapsSupport(enabled, options = {}) {
  const { makeNodeError } = require('internal/errors');
  if (typeof enabled !== 'boolean') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'enabled', 'boolean', enabled);
  if (options === null || typeof options !== 'object') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'object', options);
  }
  const { nodeModules = false, generatedCode = false } = options;
  if (typeof nodeModules !== 'boolean') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.nodeModules', 'boolean', nodeModules);
  }
  if (typeof generatedCode !== 'boolean') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.generatedCode', 'boolean', generatedCode);
  }
  process.setSourceMapsEnabled(enabled);
  sourceMapsOptions = { nodeModules, generatedCode };
}

function getSourceMapsSupport() {
  const enabled = process.sourceMapsEnabled;
  return {
    __proto__: null,
    enabled,
    nodeModules: enabled && sourceMapsOptions.nodeModules,
    generatedCode: enabled && sourceMapsOptions.generatedCode,
  };
}

const builtinModules = binding.builtinModules();

module.exports = { builtinModules, createRequire, isBuiltin, setSourceMapsSupport, getSourceMapsSupport };
