'use strict';
// The Readable operators (map, filter, forEach, toArray, some, every, find, reduce, take, drop,
// flatMap, asIndexedPairs-less set of Node 24): each an async generator over the stream, with
// `concurrency` for the mapping ones and `signal` everywhere.

const { makeNodeError, AbortError } = require('internal/errors');
const { validateSignal } = require('internal/streams/add_abort_signal');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null && typeof options !== 'object') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
  }
  if (options && options.signal != null) validateSignal(options.signal, 'options.signal');
}

function validateFn(fn, name = 'fn') {
  if (typeof fn !== 'function') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, ['Function', 'AsyncFunction'], fn);
}

function throwIfAborted(signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function toIntegerOrInfinity(n) {
  n = Number(n);
  if (Number.isNaN(n)) return 0;
  if (n < 0) throw makeNodeError('ERR_OUT_OF_RANGE', 'number', '>= 0', n);
  return n;
}

// map with up to `concurrency` calls of fn in flight, results kept in order.
function map(fn, options) {
  validateFn(fn);
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  if (!(concurrency >= 1)) throw makeNodeError('ERR_OUT_OF_RANGE', 'options.concurrency', '>= 1', concurrency);
  highWaterMark += concurrency;
  const stream = this;
  return async function* mapped() {
    const signal = options && options.signal;
    const ac = new AbortController();
    const queue = [];
    let cnt = 0;
    let done = false;
    let next;
    let resume;
    const wake = () => {
      if (next) {
        const n = next;
        next = null;
        n();
      }
    };
    const onAbort = () => ac.abort();
    if (signal && signal.aborted) ac.abort();
    else if (signal) signal.addEventListener('abort', onAbort, { once: true });
    function afterItem() {
      cnt -= 1;
      maybeResume();
    }
    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        const r = resume;
        resume = null;
        r();
      }
    }
    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          throwIfAborted(ac.signal);
          try {
            val = fn(val, { signal: ac.signal });
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          cnt += 1;
          val.then(afterItem, () => {});
          queue.push(val);
          wake();
          if (cnt >= concurrency || queue.length >= highWaterMark) {
            await new Promise((resolve) => {
              resume = resolve;
            });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.catch(() => {});
        queue.push(val);
      } finally {
        done = true;
        wake();
        if (signal) signal.removeEventListener('abort', onAbort);
      }
    }
    pump();
    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          throwIfAborted(ac.signal);
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => {
          next = resolve;
        });
      }
    } finally {
      done = true;
      if (resume) {
        const r = resume;
        resume = null;
        r();
      }
    }
  }.call(this);
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)) void unused;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    throwIfAborted(options && options.signal);
    result.push(val);
  }
  return result;
}

async function some(fn, options) {
  validateFn(fn);
  for await (const unused of filter.call(this, fn, options)) {
    void unused;
    return true;
  }
  return false;
}

async function every(fn, options) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

class ReduceAwareErrMissingArgs extends TypeError {
  constructor() {
    super('Reduce of an empty stream requires an initial value');
    this.code = 'ERR_MISSING_ARGS';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const signal = options && options.signal;
  if (signal && signal.aborted) {
    // The stream is destroyed with the abort, as when it is aborted while reading.
    const err = new AbortError(undefined, { cause: signal.reason });
    this.once('error', () => {});
    await require('internal/streams/end_of_stream').finished(this.destroy(err));
    throw err;
  }
  let gotAnyItemFromStream = false;
  for await (const value of this) {
    gotAnyItemFromStream = true;
    throwIfAborted(signal);
    if (!hasInitialValue) {
      initialValue = value;
      hasInitialValue = true;
    } else {
      initialValue = await reducer(initialValue, value, { signal });
    }
  }
  if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  return initialValue;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMapped() {
    for await (const val of values) yield* val;
  }.call(this);
}

// readable.compose(stream): this stream piped into `stream`, as one Duplex.
function compose(stream, options) {
  validateOptions(options);
  const u = require('internal/streams/utils');
  if (u.isNodeStream(stream) && !u.isWritable(stream)) {
    throw makeNodeError('ERR_INVALID_ARG_VALUE', 'stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/compose').compose(this, stream);
  if (options && options.signal) require('internal/streams/add_abort_signal').addAbortSignal(options.signal, composed);
  return composed;
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return async function* taken() {
    throwIfAborted(options && options.signal);
    if (number <= 0) return;
    for await (const val of stream) {
      throwIfAborted(options && options.signal);
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  }.call(this);
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return async function* dropped() {
    throwIfAborted(options && options.signal);
    for await (const val of stream) {
      throwIfAborted(options && options.signal);
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

// Node's lengths: the operators whose options have a default count one argument less.
const lengths = { take: 1, drop: 1, every: 1, some: 1, toArray: 1 };

function defineOperator(Readable, name, op, descriptor) {
  Object.defineProperty(descriptor.value, 'length', { value: lengths[name] ?? op.length });
  Object.defineProperty(Readable.prototype, name, descriptor);
}

// Operators returning a stream wrap their generator in Readable.from; the rest return promises.
function install(Readable) {
  const streamReturning = { drop, filter, flatMap, map, take };
  const promiseReturning = { every, forEach, reduce, toArray, some, find };
  Object.defineProperty(Readable.prototype, 'compose', { value: compose, enumerable: false, configurable: true, writable: true });
  for (const [name, op] of Object.entries(streamReturning)) {
    defineOperator(Readable, name, op, {
      value: {
        [name](...args) {
          if (new.target) throw makeNodeError('ERR_ILLEGAL_CONSTRUCTOR');
          return Readable.from(op.apply(this, args));
        },
      }[name],
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
  for (const [name, op] of Object.entries(promiseReturning)) {
    defineOperator(Readable, name, op, {
      value: {
        [name](...args) {
          return op.apply(this, args);
        },
      }[name],
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
}

module.exports = { install };
