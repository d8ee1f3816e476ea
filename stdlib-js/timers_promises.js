'use strict';
// `timers/promises`: setTimeout/setImmediate as promises and setInterval as
// an async iterator, cancellable with an AbortSignal (Node's lib/timers/promises.js).

const { makeNodeError, AbortError } = require('internal/errors');

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.ref', 'boolean', ref);
  }
  return { signal, ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function schedule(make, clear, value, options) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = make(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref && handle && typeof handle.unref === 'function') handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  return schedule((cb) => globalThis.setTimeout(cb, after), globalThis.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return schedule((cb) => globalThis.setImmediate(cb), globalThis.clearImmediate, value, options);
}

// An async iterator object rather than an async generator: `break` in a
// `for await` must clear the interval at once (return()).
function setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  let ticks = 0;
  let waiting = null;
  let done = false;
  let interval = null;
  let onAbort;
  const finish = () => {
    done = true;
    if (interval !== null) globalThis.clearInterval(interval);
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  };
  const settle = () => {
    if (!waiting) return;
    const { resolve, reject } = waiting;
    waiting = null;
    if (signal && signal.aborted) {
      finish();
      reject(abortError(signal));
    } else if (ticks > 0) {
      ticks--;
      resolve({ value, done: false });
    }
  };
  if (!(signal && signal.aborted)) {
    interval = globalThis.setInterval(() => {
      ticks++;
      settle();
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onAbort = () => settle();
      signal.addEventListener('abort', onAbort, { once: true });
    }
  }
  return {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (signal && signal.aborted) {
        finish();
        return Promise.reject(abortError(signal));
      }
      if (ticks > 0) {
        ticks--;
        return Promise.resolve({ value, done: false });
      }
      return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

// `scheduler` is the one Scheduler there is: `new scheduler.constructor()` throws, and its
// methods need it as `this`, as Node's.
const kScheduler = Symbol('kScheduler');
const { define, makeNodeError } = require('internal/errors');
define('ERR_ILLEGAL_CONSTRUCTOR', TypeError, () => 'Illegal constructor');

class Scheduler {
  constructor() {
    throw makeNodeError('ERR_ILLEGAL_CONSTRUCTOR');
  }

  yield() {
    if (!this[kScheduler]) throw makeNodeError('ERR_INVALID_THIS', 'Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw makeNodeError('ERR_INVALID_THIS', 'Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Reflect.construct(function Scheduler() { this[kScheduler] = true; }, [], Scheduler);

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
