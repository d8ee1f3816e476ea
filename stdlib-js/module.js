'use strict';
// `module`: the Module class, the builtin list and createRequire. The loader itself is
// Rust (runtime/modules/); `require` objects come from there, and the parts packages
// patch are internal/modules/cjs_hooks.js.

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

// `builtinModules` lists scheme-only builtins with their `node:` (`node:test`), so
// `isBuiltin('test')` is false and `isBuiltin('node:test')` true, as in Node.
function isBuiltin(name) {
  if (typeof name !== 'string') return false;
  return builtinModules.includes(name) || (name.startsWith('node:') && builtinModules.includes(name.slice(5)));
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

// ---- Node's Module helpers that programs and tools call (the loader itself is Rust).

// `/a/b` → `[/a/b/node_modules, /a/node_modules, /node_modules]`, no `node_modules/node_modules`.
function _nodeModulePaths(from) {
  const path = require('path');
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(`${parts.slice(0, i).join('/')}/node_modules`);
  }
  paths[paths.length - 1] = '/node_modules';
  return paths;
}

function isRelativeRequest(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
}

// Where `request` is looked for from `parent`: null for a builtin; for a relative request
// the parent's folder ('.' without a parent file); else its node_modules folders and the
// global ones.
function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (isRelativeRequest(request)) {
    if (!parent || !parent.id || !parent.filename) return ['.'];
    return [require('path').dirname(parent.filename)];
  }
  const own = parent && Array.isArray(parent.paths) ? parent.paths : [];
  return [...own, ...Module.globalPaths];
}

// 1 for a directory, 0 for anything else that exists, a negative errno when it cannot be stat'ed.
function _stat(filename) {
  try {
    return require('fs').statSync(filename).isDirectory() ? 1 : 0;
  } catch (err) {
    return typeof err.errno === 'number' ? err.errno : -2;
  }
}

// `request` looked for in each of `paths` in turn (a file, with the extensions, or a folder
// with its package.json `main` or index): its real path, or false.
function _findPath(request, paths = [''], isMain = false) {
  const path = require('path');
  const candidates = path.isAbsolute(request) ? [request] : paths.map((p) => path.resolve(p, request));
  for (const candidate of candidates) {
    try {
      return binding.resolveFilename(null, candidate);
    } catch (err) {
      if (err?.code !== 'MODULE_NOT_FOUND') throw err;
    }
  }
  return false;
}

// Rebuilds the global folders from process.env (NODE_PATH, HOME) as Node does at start-up.
function _initPaths() {
  const path = require('path');
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) paths.unshift(path.resolve(home, '.node_libraries'), path.resolve(home, '.node_modules'));
  const nodePath = process.env.NODE_PATH;
  if (nodePath) paths = nodePath.split(path.delimiter).filter(Boolean).map((p) => path.resolve(p)).concat(paths);
  Module.globalPaths = paths.slice();
  binding.setGlobalPaths(paths);
}

// `new Module(id, parent)`: a module object as the loader makes them (packages make one
// and call its `_compile` to run a source as a module).
function Module(id = '', parent) {
  this.id = id;
  this.path = require('path').dirname(id);
  this.exports = {};
  binding.setParent(this, parent);
  if (parent && Array.isArray(parent.children) && !parent.children.includes(this)) parent.children.push(this);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}
Object.assign(Module, {
  builtinModules, createRequire, isBuiltin, setSourceMapsSupport, getSourceMapsSupport,
  _nodeModulePaths, _resolveLookupPaths, _stat, _initPaths, _findPath, globalPaths: [],
  // Node's cache of lookups; sous's loader keeps none of its own, so clearing it is harmless.
  _pathCache: { __proto__: null },
});
Object.defineProperty(Module, 'findPackageJSON', {
  // Loaded on first call (length 1, as Node's: `base` has a default).
  value: function findPackageJSON(specifier) {
    return Reflect.apply(require('internal/modules/find_package_json').findPackageJSON, undefined, arguments);
  },
  writable: true,
  enumerable: true,
  configurable: true,
});
require('internal/modules/cjs_hooks').install(Module);
{
  // The start-up list, as the loader uses it.
  const path = require('path');
  const home = process.env.HOME;
  Module.globalPaths = [
    ...(process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean).map((p) => path.resolve(p)),
    ...(home ? [path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries')] : []),
    path.resolve(process.execPath, '..', '..', 'lib', 'node'),
  ];
}
// Module.wrapper / Module.wrap: how a CommonJS file's source is wrapped. The loader wraps
// natively until a program changes either; from then on it calls Module.wrap, as Node does.
const defaultWrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
let wrap = function wrap(script) {
  return `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
};
let patched = false;
function patch() {
  if (patched) return;
  patched = true;
  binding.setWrap((script) => Module.wrap(script));
}
// Changing an entry of the array counts as a change, as in Node.
let wrapper = require('internal/modules/cjs_hooks').watched(defaultWrapper, patch);
Object.defineProperties(Module, {
  wrapper: {
    enumerable: true,
    configurable: true,
    get() { return wrapper; },
    set(value) {
      patch();
      wrapper = value;
    },
  },
  wrap: {
    enumerable: true,
    configurable: true,
    get() { return wrap; },
    set(value) {
      patch();
      wrap = value;
    },
  },
});
// Module.runMain(main = process.argv[1]) runs the main module; a preload (--require) that
// replaces it is called to run the main module instead, as in Node.
let runMain = function runMain(main = process.argv[1]) {
  binding.runMain(main);
};
Object.defineProperty(Module, 'runMain', {
  enumerable: true,
  configurable: true,
  get() { return runMain; },
  set(value) {
    runMain = value;
    binding.setRunMain((main) => Reflect.apply(runMain, Module, [main]));
  },
});
module.exports = Module;
