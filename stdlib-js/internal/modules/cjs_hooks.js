'use strict';
// The CommonJS loader's parts that packages patch: `Module.prototype.require`,
// `Module.prototype._compile`, `Module.prototype.load`, `Module._load`,
// `Module._resolveFilename` and `Module._extensions` (`require.extensions`). The
// loader itself is Rust (runtime/modules/); these defaults call its natives. Until a
// program replaces one of them, `require` stays native; from then on every `require`
// goes through `module.require(id)`, as in Node.

const binding = internalBinding('modules');
const { makeNodeError } = require('internal/errors');

let hooked = false;
let hook;

// `target` behind a proxy that calls `onChange` before any entry is set, defined or deleted
// (Module._extensions and Module.wrapper: changing an entry counts as patching, as in Node).
function watched(target, onChange) {
  return new Proxy(target, {
    set(t, key, value, receiver) {
      onChange();
      return Reflect.set(t, key, value, receiver);
    },
    defineProperty(t, key, descriptor) {
      onChange();
      return Reflect.defineProperty(t, key, descriptor);
    },
    deleteProperty(t, key) {
      onChange();
      return Reflect.deleteProperty(t, key);
    },
  });
}

function install(Module) {
  hook = () => {
    if (hooked) return;
    hooked = true;
    binding.setRequireHook((parent, id) => parent.require(id), (main) => Module._load(main, null, true));
  };
  const proto = binding.modulePrototype();

  const { require: defaultRequire } = {
    require(id) {
      if (typeof id !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'id', 'string', id);
      if (id === '') throw makeNodeError('ERR_INVALID_ARG_VALUE', 'id', id, 'must be a non-empty string');
      return Module._load(id, this, false);
    },
  };
  const { _compile: defaultCompile } = {
    _compile(content, filename) {
      return binding.compile(this, content, filename);
    },
  };
  const { load: defaultLoad } = {
    load(filename) {
      const path = require('path');
      this.filename = filename;
      this.paths = Module._nodeModulePaths(path.dirname(filename));
      Module._extensions[findLongestRegisteredExtension(filename)](this, filename);
      this.loaded = true;
    },
  };

  // The defaults.
  const defaultExtensions = {
    __proto__: null,
    '.js'(module, filename) {
      // The loader's own path unless `_compile` was replaced; an ES module (.mjs) always.
      if (module._compile === defaultCompile || filename.endsWith('.mjs')) {
        binding.loadFile(module, filename, '.js');
        return;
      }
      const content = require('fs').readFileSync(filename, 'utf8');
      module._compile(content, filename);
    },
    '.json'(module, filename) {
      binding.loadFile(module, filename, '.json');
    },
    '.node'(module, filename) {
      binding.loadFile(module, filename, '.node');
    },
  };
  // Node's entries have no names.
  for (const ext of Object.keys(defaultExtensions)) Object.defineProperty(defaultExtensions[ext], 'name', { value: '' });
  let extensionsChanged = false;
  const changed = () => {
    extensionsChanged = true;
    hook();
  };
  const extensions = watched({ __proto__: null, ...defaultExtensions }, changed);

  // `a.b.c` tries `.b.c`, then `.c`; a file no entry names is loaded as `.js`.
  function findLongestRegisteredExtension(filename) {
    const name = require('path').basename(filename);
    let index = 0;
    while ((index = name.indexOf('.', index + 1)) !== -1) {
      const ext = name.slice(index);
      if (typeof Module._extensions[ext] === 'function') return ext;
    }
    return '.js';
  }

  const isPathRequest = (r) => r.startsWith('./') || r.startsWith('../') || r.startsWith('/') || r === '.' || r === '..';

  function _resolveFilename(request, parent, isMain, options) {
    try {
      return binding.resolveFilename(parent, request, options);
    } catch (err) {
      // A file with an extension a program registered (`require('./notes')` for notes.txt).
      if (err?.code !== 'MODULE_NOT_FOUND' || typeof request !== 'string' || !isPathRequest(request)) throw err;
      for (const ext of Object.keys(Module._extensions)) {
        if (ext in defaultExtensions) continue;
        try {
          return binding.resolveFilename(parent, request + ext, options);
        } catch {
          // Not this one.
        }
      }
      throw err;
    }
  }

  function _load(request, parent, isMain) {
    if (!isMain && !extensionsChanged && Module._resolveFilename === _resolveFilename &&
        proto._compile === defaultCompile && proto.load === defaultLoad) {
      return binding.requireDefault(parent, request);
    }
    // `node:` names a builtin without a lookup (an unknown one is ERR_UNKNOWN_BUILTIN_MODULE).
    if (typeof request === 'string' && request.startsWith('node:')) return binding.requireDefault(parent, request);
    const filename = Module._resolveFilename(request, parent, isMain);
    // A builtin (`fs`, `node:fs`) or a host module: no file to load.
    if (typeof filename !== 'string' || !filename.startsWith('/')) return binding.requireDefault(parent, filename);
    return binding.loadWith(filename, parent, isMain, (module) => module.load(filename));
  }

  // Replacing one of these routes every `require` through them.
  const hookable = (target, name, initial) => {
    let current = initial;
    Object.defineProperty(target, name, {
      enumerable: target !== proto,
      configurable: true,
      get() { return current; },
      set(value) {
        // `someModule.require = f` changes that module only.
        if (this !== target) {
          Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
          return;
        }
        current = value;
        hook();
      },
    });
  };
  hookable(proto, 'require', defaultRequire);
  hookable(proto, '_compile', defaultCompile);
  hookable(proto, 'load', defaultLoad);
  hookable(Module, '_load', _load);
  hookable(Module, '_resolveFilename', _resolveFilename);
  // `require.resolve` calls a replaced `_resolveFilename` (and only then leaves the native path).
  const { set: setResolve } = Object.getOwnPropertyDescriptor(Module, '_resolveFilename');
  Object.defineProperty(Module, '_resolveFilename', {
    set(value) {
      Reflect.apply(setResolve, this, [value]);
      if (this === Module) {
        binding.setResolveHook((parent, request, options) => Module._resolveFilename(request, parent, false, options));
      }
    },
  });
  Object.defineProperty(Module, '_extensions', { value: extensions, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(proto, 'constructor', { value: Module, writable: true, enumerable: false, configurable: true });
  Module.prototype = proto;
  Module._cache = binding.createRequire('/').cache;
  Module.Module = Module;
}

module.exports = { install, watched };
