'use strict';
// `vm`: scripts run in other contexts. A context is a Boa realm with its own
// globals and intrinsics (runtime/ops/vm.rs). Node's contextified sandbox is
// a live link between the object and the context's global; here the
// sandbox's own properties are copied onto the global before each run and
// the global's non-builtin properties are copied back after it, so a script
// sees the sandbox and the caller sees what the script assigned.
// Not offered: timeout/breakOnSigint, microtaskMode, SourceTextModule,
// cached data (accepted, never produced), measureMemory.

const binding = internalBinding('vm');
const { makeNodeError } = require('internal/errors');

const kHandle = Symbol('vm.context');
// sandbox -> { handle, builtins: Set of the realm global's own keys at birth }
const contexts = new WeakMap();

function validateString(value, name) {
  if (typeof value !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'Object', value);
  }
}

// The filename of an options argument (a string is the filename itself).
function filenameOf(options, fallback) {
  if (typeof options === 'string') return options;
  if (options === undefined || options === null) return fallback;
  validateObject(options, 'options');
  if (options.filename === undefined) return fallback;
  validateString(options.filename, 'options.filename');
  return options.filename;
}

function isContext(object) {
  validateObject(object, 'object');
  return contexts.has(object);
}

function createContext(contextObject = {}, options) {
  if (contextObject === vm.constants.DONT_CONTEXTIFY) {
    contextObject = {};
  }
  validateObject(contextObject, 'contextObject');
  if (options !== undefined) validateObject(options, 'options');
  if (contexts.has(contextObject)) return contextObject;
  const handle = binding.makeContext();
  const global = binding.globalOf(handle);
  // The context's errors get V8's `Name: message` header on `stack` too.
  require('internal/bootstrap').defineStack(global.Error);
  contexts.set(contextObject, { handle, builtins: new Set(Reflect.ownKeys(global)) });
  return contextObject;
}

function contextOf(contextifiedObject) {
  validateObject(contextifiedObject, 'contextifiedObject');
  const entry = contexts.get(contextifiedObject);
  if (entry === undefined) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return entry;
}

// Runs `code` in the context of `sandbox`, syncing its properties both ways.
function runIn(sandbox, code, filename) {
  const { handle, builtins } = contextOf(sandbox);
  const global = binding.globalOf(handle);
  for (const key of Reflect.ownKeys(sandbox)) {
    const desc = Reflect.getOwnPropertyDescriptor(sandbox, key);
    if (desc !== undefined) Reflect.defineProperty(global, key, { ...desc, configurable: true });
  }
  try {
    return binding.run(handle, code, filename);
  } finally {
    for (const key of Reflect.ownKeys(global)) {
      if (builtins.has(key) && !Object.prototype.hasOwnProperty.call(sandbox, key)) continue;
      const desc = Reflect.getOwnPropertyDescriptor(global, key);
      if (desc !== undefined && 'value' in desc && sandbox[key] !== desc.value) sandbox[key] = desc.value;
    }
  }
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    const filename = filenameOf(options, 'evalmachine.<anonymous>');
    binding.check(code, filename);
    this[kHandle] = { code, filename };
    this.cachedDataRejected = options?.cachedData === undefined ? undefined : true;
  }

  runInThisContext() {
    const { code, filename } = this[kHandle];
    return binding.run(undefined, code, filename);
  }

  runInContext(contextifiedObject) {
    const { code, filename } = this[kHandle];
    return runIn(contextifiedObject, code, filename);
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject, options));
  }

  createCachedData() {
    return Buffer.alloc(0);
  }
}

function runInContext(code, contextifiedObject, options) {
  return new Script(code, options).runInContext(contextifiedObject);
}

function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject);
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext();
}

// A function whose body is `code`, compiled in the given context (or this one).
function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  if (!Array.isArray(params)) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'params', 'Array', params);
  params.forEach((param, i) => validateString(param, `params[${i}]`));
  validateObject(options, 'options');
  const filename = options.filename === undefined ? '' : options.filename;
  const source = `(function (${params.join(', ')}) {\n${code}\n})`;
  if (options.parsingContext !== undefined) return runIn(options.parsingContext, source, filename);
  return binding.run(undefined, source, filename);
}

const vm = {
  Script,
  createContext,
  isContext,
  runInContext,
  runInNewContext,
  runInThisContext,
  compileFunction,
  constants: Object.freeze({
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  }),
};

module.exports = vm;
