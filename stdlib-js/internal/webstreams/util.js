'use strict';
// What every part of the web streams shares: the internal-slot symbols, Node's
// errors for them, promise helpers, the queue-with-sizes, the strategy readers,
// and the `util.inspect` form Node gives the stream objects.

const { errors, nodeError } = require('internal/web_errors');

// The internal slots of every web-stream object live under this symbol.
const kState = Symbol('kState');
// Which class an object's slots belong to (the brand checks).
const kType = Symbol('kType');

let defined = false;
function defineErrors() {
  if (defined) return;
  defined = true;
  const { define } = errors();
  define('ERR_INVALID_STATE', TypeError, (msg) => `Invalid state: ${msg}`);
}

/// A Node error of `code`; `Base` overrides the class for codes that come in
/// several (`ERR_INVALID_STATE.RangeError`, `ERR_INVALID_ARG_VALUE.RangeError`).
function webError(code, ...args) {
  defineErrors();
  return nodeError(code, ...args);
}

function invalidState(message, Base = TypeError) {
  const err = webError('ERR_INVALID_STATE', message);
  return Base === TypeError ? err : rebase(err, Base);
}

function invalidArgValueRange(name, value, reason) {
  return rebase(webError('ERR_INVALID_ARG_VALUE', name, value, reason), RangeError);
}

// The same error with another class (Node's `ERR_X.RangeError` variants).
function rebase(err, Base) {
  const out = new Base(err.message);
  for (const key of ['code', 'stack']) {
    Object.defineProperty(out, key, Object.getOwnPropertyDescriptor(err, key));
  }
  out.stack = `${out.stack}`.replace(/^TypeError/, Base.name);
  out.toString = err.toString;
  Object.defineProperty(out, 'toString', { enumerable: false });
  return out;
}

const invalidThis = (type) => webError('ERR_INVALID_THIS', type);
const argType = (name, expected, value) => webError('ERR_INVALID_ARG_TYPE', name, expected, value);
const argValue = (name, value, reason) => webError('ERR_INVALID_ARG_VALUE', name, value, reason);
const illegalConstructor = () => webError('ERR_ILLEGAL_CONSTRUCTOR');

/// The TypeError V8 throws when a class's private field `#field` is read on a foreign
/// object: Node's encoding and compression streams keep their state in such fields.
function privateMember(field) {
  return new TypeError(`Cannot read private member #${field} from an object whose class did not declare it`);
}

function isBrand(value, type) {
  return value !== null && typeof value === 'object' && value[kType] === type;
}

/// Defines the brand of `object` (not enumerable, not writable).
function brand(object, type, state) {
  Object.defineProperty(object, kType, { value: type });
  Object.defineProperty(object, kState, { value: state, writable: true });
}

// ---- promises -------------------------------------------------------------

/// A pending promise with its resolvers, the spec's "a new promise"; `settled` tells
/// whether it was resolved or rejected yet.
function deferred() {
  const out = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  out.promise = new Promise((res, rej) => {
    out.resolve = (value) => { out.settled = true; res(value); };
    out.reject = (reason) => { out.settled = true; rej(reason); };
  });
  return out;
}

/// A deferred already resolved (or rejected, marked handled) with `value`.
function settledDeferred(isError, value) {
  const out = deferred();
  if (isError) {
    out.reject(value);
    markHandled(out.promise);
  } else {
    out.resolve(value);
  }
  return out;
}

/// The spec's "set promise.[[PromiseIsHandled]] to true".
function markHandled(promise) {
  promise.then(undefined, () => {});
}

/// Calls `method` of `object` (if it is a function) and gives a promise of its result, as the
/// spec's "promise-calling" an underlying source or sink's algorithm.
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(fn === undefined ? undefined : fn.call(thisArg, ...args));
  } catch (err) {
    return Promise.reject(err);
  }
}

/// `promise.then(onFulfilled, onRejected)` without letting a replaced `then` interfere.
const promiseThen = (promise, onFulfilled, onRejected) => Promise.prototype.then.call(promise, onFulfilled, onRejected);

// ---- queue with sizes --------------------------------------------------------

function resetQueue(state) {
  state.queue = [];
  state.queueHead = 0;
  state.queueTotalSize = 0;
}

function queueLength(state) {
  return state.queue.length - state.queueHead;
}

function dequeueValue(state) {
  const { value, size } = state.queue[state.queueHead];
  state.queue[state.queueHead++] = undefined;
  // Compact now and then, so a long-lived queue does not grow without bound.
  if (state.queueHead > 1024 && state.queueHead * 2 > state.queue.length) {
    state.queue = state.queue.slice(state.queueHead);
    state.queueHead = 0;
  }
  state.queueTotalSize = Math.max(0, state.queueTotalSize - size);
  return value;
}

function enqueueValueWithSize(state, value, size) {
  size = +size;
  if (typeof size !== 'number' || size < 0 || Number.isNaN(size) || size === Infinity) {
    throw invalidArgValueRange('size', size);
  }
  state.queue.push({ value, size });
  state.queueTotalSize += size;
}

function peekQueueValue(state) {
  return state.queue[state.queueHead].value;
}

/// The spec's ReadableStream(Default|Byte)ControllerGetDesiredSize.
function readableDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return state.highWaterMark - state.queueTotalSize;
  }
}

/// The spec's ReadableStream(Default|Byte)ControllerCallPullIfNeeded: one pull at a time, and
/// one more if asked for while it ran.
function callPullIfNeeded(controller, shouldCallPull, errorController) {
  if (!shouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  promiseThen(state.pullAlgorithm(controller), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      callPullIfNeeded(controller, shouldCallPull, errorController);
    }
  }, (error) => errorController(controller, error));
}

/// What node:stream's isErrored/isReadable/isWritable, finished() and addAbortSignal ask a web
/// stream of class `Class` (its state is `state.state`; `queries` adds more getters).
function installStreamQueries(Class, queries) {
  const utils = require('internal/streams/utils');
  const getters = {
    [utils.kIsErrored]() { return this[kState].state === 'errored'; },
    [utils.kIsClosedPromise]() { return this[kState].closedPromise; },
    [utils.kControllerErrorFunction]() {
      const { controller } = this[kState];
      return (error) => controller.error(error);
    },
  };
  for (const [key, get] of [...Object.getOwnPropertySymbols(getters).map((k) => [k, getters[k]]),
    ...queries(utils)]) {
    Object.defineProperty(Class.prototype, key, { get, configurable: true });
  }
}

// ---- strategies -----------------------------------------------------------

function extractHighWaterMark(strategy, defaultHWM) {
  const { highWaterMark } = strategy;
  if (highWaterMark === undefined) return defaultHWM;
  const hwm = +highWaterMark;
  if (Number.isNaN(hwm) || hwm < 0) {
    throw invalidArgValueRange('strategy.highWaterMark', highWaterMark);
  }
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  const { size } = strategy;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw argType('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

/// `value` as the dictionary a constructor argument must be (undefined and null are empty).
function dictionary(value, name) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') throw argType(name, 'Object', value);
  return value;
}

/// The method `name` of an underlying source/sink/transformer, bound check included.
function method(object, name, owner) {
  const fn = object[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw argType(`${owner}.${name}`, 'Function', fn);
  return fn;
}

// ---- bytes ---------------------------------------------------------------

let structuredCloneBinding;
function transferBinding() {
  if (!structuredCloneBinding) structuredCloneBinding = internalBinding('structured_clone');
  return structuredCloneBinding;
}

/// The spec's TransferArrayBuffer: a new buffer with the bytes, the old one detached.
function transferArrayBuffer(buffer) {
  return transferBinding().transfer(buffer);
}

function isDetached(buffer) {
  return transferBinding().isDetached(buffer);
}

function arrayBufferOf(view) {
  return view.buffer;
}

/// A fresh Uint8Array copy of the bytes a view covers.
function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

// ---- inspect -------------------------------------------------------------

const customInspect = Symbol.for('nodejs.util.inspect.custom');

/// Node's form: `Name { field: value, ... }`, one level less deep than the caller.
function inspectAs(self, depth, options, name, fields) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${require('internal/inspect').inspect(fields, opts)}`;
}

/// Makes the listed members of `Class.prototype` enumerable (as WebIDL does) and sets its
/// `Symbol.toStringTag`.
function webIDL(Class, names, tag = Class.name) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(Class.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(Class.prototype, name, desc);
  }
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

module.exports = {
  kState, kType, webError, invalidState, invalidArgValueRange, invalidThis, argType, argValue,
  illegalConstructor, privateMember, isBrand, brand, deferred, settledDeferred, markHandled, promiseCall, promiseThen,
  readableDesiredSize, callPullIfNeeded, installStreamQueries, resetQueue, queueLength, dequeueValue, enqueueValueWithSize, peekQueueValue,
  extractHighWaterMark, extractSizeAlgorithm, dictionary, method,
  transferArrayBuffer, isDetached, arrayBufferOf, cloneAsUint8Array, copyDataBlockBytes,
  customInspect, inspectAs, webIDL,
};
