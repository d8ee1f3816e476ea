'use strict';
// The `util` module. inspect/format live in internal/inspect.js (the console
// loads only that); this file adds the rest of Node's util surface. inspect is
// loaded on first use: a program that requires util for promisify or inherits
// never parses it.

function errors() {
  return require('internal/errors');
}

function invalidArgType(name, expected, actual) {
  return errors().makeNodeError('ERR_INVALID_ARG_TYPE', name, expected, actual);
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

function promisify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'Function', original);
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== 'function') throw invalidArgType('util.promisify.custom', 'Function', fn);
    return Object.defineProperty(fn, kCustomPromisify, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  // Every own property of the original, `name`, `length` and `prototype` included.
  for (const key of Reflect.ownKeys(descriptors)) {
    try {
      Object.defineProperty(fn, key, descriptors[key]);
    } catch {
      // A non-configurable property of the original stays behind.
    }
  }
  return fn;
}
promisify.custom = kCustomPromisify;

// setTimeout/setImmediate promisify to their timers/promises forms.
function installTimerPromisify() {
  const define = (fn, custom) => {
    if (typeof fn === 'function' && !fn[kCustomPromisify]) {
      Object.defineProperty(fn, kCustomPromisify, {
        value: custom, enumerable: false, writable: true, configurable: true,
      });
    }
  };
  define(globalThis.setTimeout, function setTimeout(delay, value) {
    return new Promise((resolve) => globalThis.setTimeout(resolve, delay, value));
  });
  define(globalThis.setImmediate, function setImmediate(value) {
    return new Promise((resolve) => globalThis.setImmediate(resolve, value));
  });
}
installTimerPromisify();

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    errors().define('ERR_FALSY_VALUE_REJECTION', Error, () => 'Promise was rejected with falsy value');
    const err = errors().makeNodeError('ERR_FALSY_VALUE_REJECTION', reason);
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'Function', original);
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') throw invalidArgType('last argument', 'Function', maybeCb);
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb),
    );
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) Object.setPrototypeOf(propertiesValues[i], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'Function', fn);
  if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'string', code);
  // No early `return fn` under --no-deprecation: Node 24 wraps anyway and asks on each call
  // (and util's own deprecated exports must not load `process` with util).
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// `skipPrototype`: objects of different prototypes may still be equal.
function isDeepStrictEqual(a, b, skipPrototype) {
  return require('internal/deep_equal').isDeepStrictEqual(a, b, skipPrototype);
}

function toUSVString(input) {
  return String(input).toWellFormed();
}

// ---- system errors ----

let systemErrorMap;
function getSystemErrorMap() {
  systemErrorMap ??= new Map(require('internal/util/system_errors').map(([errno, name, message]) => [errno, [name, message]]));
  return systemErrorMap;
}

function validateErrno(err) {
  if (typeof err !== 'number') throw invalidArgType('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw errors().makeNodeError('ERR_OUT_OF_RANGE', 'err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  validateErrno(err);
  return getSystemErrorMap().get(err)?.[0] ?? `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  return getSystemErrorMap().get(err)?.[1] ?? `Unknown system error ${err}`;
}

// The legacy `util._errnoException(err, syscall, original)`: an Error for a
// negative errno, as Node's own bindings made them.
function errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = name;
  ex.syscall = syscall;
  return ex;
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// Resolves once `signal` aborts, as long as `resource` is alive. Bad
// arguments reject (it is an async function in Node).
async function aborted(signal, resource) {
  const { AbortSignal } = require('internal/abort');
  if (!(signal instanceof AbortSignal)) {
    // Node's Web IDL conversion words this one without the usual prefix.
    const err = new TypeError('signal is not of type AbortSignal.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw invalidArgType('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

// The exit code a shell reports for a process ended by `signalCode`: 128 + its number.
function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('internal/os_constants');
  const names = Object.keys(signals);
  if (typeof signalCode !== 'string' || !names.includes(signalCode)) {
    const list = names.map((name) => `'${name}'`).join(', ');
    throw errors().makeNodeError('ERR_INVALID_ARG_VALUE', 'signalCode', signalCode, `must be one of: ${list}`);
  }
  return 128 + signals[signalCode];
}

const exported = {
  convertProcessSignalToExitCode,
  promisify,
  callbackify,
  inherits,
  deprecate,
  isDeepStrictEqual,
  toUSVString,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  _errnoException: errnoException,
  _extend: deprecate(extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  aborted,
  // The one legacy `util.isX` helper Node 24 still has (the others were removed in Node 23).
  isArray: deprecate(Array.isArray, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
    'DEP0044'),
};

// Parts loaded on first use: inspect and its kin (a program that requires util for promisify
// never parses them), the rarer helpers, and the classes of the TextEncoder/TextDecoder globals.
const { defineLazyValue } = require('internal/util/lazy_value');
for (const name of ['inspect', 'format', 'formatWithOptions', 'stripVTControlCharacters', 'types']) {
  defineLazyValue(exported, name, () => require('internal/inspect')[name]);
}
for (const [name, file] of [['styleText', 'internal/util/style_text'], ['parseEnv', 'internal/util/parse_env'],
  ['parseArgs', 'internal/util/parse_args'], ['getCallSites', 'internal/util/call_sites'],
  ['MIMEType', 'internal/util/mime'], ['MIMEParams', 'internal/util/mime'],
  ['debuglog', 'internal/util/debuglog'], ['debug', 'internal/util/debuglog'],
  ['TextEncoder', 'internal/encoding'], ['TextDecoder', 'internal/encoding']]) {
  defineLazyValue(exported, name, () => require(file)[name === 'debug' ? 'debuglog' : name]);
}

module.exports = exported;
