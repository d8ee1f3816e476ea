'use strict';
// The `util` module. inspect/format live in internal/inspect.js (the console
// loads only that); this file adds the rest of Node's util surface.

const {
  inspect, format, formatWithOptions, stripVTControlCharacters, types,
} = require('internal/inspect');

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
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
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
  if (process.noDeprecation === true) return fn;
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

function isDeepStrictEqual(a, b) {
  return require('internal/deep_equal').isDeepStrictEqual(a, b);
}

function toUSVString(input) {
  return String(input).toWellFormed();
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log(...args) {
  const pad = (n) => String(n).padStart(2, '0');
  const d = new Date();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

const exported = {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  promisify,
  callbackify,
  inherits,
  deprecate,
  isDeepStrictEqual,
  toUSVString,
  log,
  types,
  // The one legacy `util.isX` helper Node 24 still has (the others were removed in Node 23).
  isArray: deprecate(Array.isArray, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
    'DEP0044'),
};

// TextEncoder/TextDecoder: the globals when the engine has them, else ours.
for (const name of ['TextEncoder', 'TextDecoder']) {
  Object.defineProperty(exported, name, {
    get() {
      return typeof globalThis[name] === 'function' ? globalThis[name] : require('internal/encoding')[name];
    },
    enumerable: true,
    configurable: true,
  });
}

module.exports = exported;
