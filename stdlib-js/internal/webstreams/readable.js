'use strict';
// ReadableStream (WHATWG Streams §4.2): the class, its async iterator, and
// ReadableStream.from. Piping is in pipe.js, teeing in tee.js, the
// controllers in default_controller.js and byte_controller.js.

const u = require('internal/webstreams/util');
const ops = require('internal/webstreams/readable_ops');
const defaultController = require('internal/webstreams/default_controller');
const byteController = require('internal/webstreams/byte_controller');
const { ReadableStreamDefaultReader, ReadableStreamBYOBReader } = require('internal/webstreams/readers');

const { kState } = u;

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    if (source === null) source = undefined;
    if (source !== undefined && typeof source !== 'object' && typeof source !== 'function') {
      throw u.argType('source', 'Object', source);
    }
    source = source === undefined ? {} : source;
    strategy = u.dictionary(strategy, 'strategy');
    u.brand(this, 'ReadableStream', ops.initialState());
    const type = source.type === undefined ? undefined : `${source.type}`;
    if (type === 'bytes') {
      if (strategy.size !== undefined) throw u.invalidArgValueRange('strategy.size', strategy.size);
      byteController.setUpFromSource(this, source, u.extractHighWaterMark(strategy, 0));
    } else if (type === undefined) {
      const size = u.extractSizeAlgorithm(strategy);
      defaultController.setUpFromSource(this, source, u.extractHighWaterMark(strategy, 1), size);
    } else {
      throw u.argValue('source.type', source.type);
    }
  }

  get locked() {
    check(this);
    return ops.isLocked(this);
  }

  cancel(reason = undefined) {
    if (!ops.isReadableStream(this)) return Promise.reject(u.invalidThis('ReadableStream'));
    if (ops.isLocked(this)) return Promise.reject(u.invalidState('ReadableStream is locked'));
    return ops.readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    check(this);
    options = u.dictionary(options, 'options');
    const mode = options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw u.argValue('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    check(this);
    return require('internal/webstreams/pipe').pipeThrough(this, transform, options);
  }

  pipeTo(destination, options = undefined) {
    return require('internal/webstreams/pipe').pipeTo(this, destination, options);
  }

  tee() {
    check(this);
    return require('internal/webstreams/tee').tee(this);
  }

  values(options = undefined) {
    check(this);
    options = u.dictionary(options, 'options');
    return asyncIterator(this, !!options.preventCancel);
  }

  [u.customInspect](depth, options) {
    return u.inspectAs(this, depth, options, 'ReadableStream', {
      locked: ops.isLocked(this),
      state: this[kState].state,
      supportsBYOB: byteController.isByteController(this[kState].controller),
    });
  }

  static from(iterable) {
    return fromIterable(iterable);
  }
}

u.webIDL(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});

u.installStreamQueries(ReadableStream, (utils) => [
  [utils.kIsDisturbed, function disturbed() { return this[kState].disturbed; }],
  [utils.kIsReadable, function readable() { return this[kState].state === 'readable'; }],
]);

function check(self) {
  if (!ops.isReadableStream(self)) throw u.invalidThis('ReadableStream');
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

/// The stream's async iterator (WebIDL async iterable semantics: one step at a time).
function asyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let finished = false;
  let ongoing;

  const nextSteps = () => {
    if (finished) return Promise.resolve({ value: undefined, done: true });
    const { promise, resolve, reject } = u.deferred();
    ops.defaultReaderRead(reader, {
      chunk: (value) => { ongoing = undefined; resolve({ value, done: false }); },
      close: () => {
        ongoing = undefined;
        finished = true;
        ops.defaultReaderRelease(reader);
        resolve({ value: undefined, done: true });
      },
      error: (error) => {
        ongoing = undefined;
        finished = true;
        ops.defaultReaderRelease(reader);
        reject(error);
      },
    });
    return promise;
  };

  const returnSteps = (value) => {
    if (finished) return Promise.resolve({ done: true, value });
    finished = true;
    if (reader[kState].stream === undefined) return Promise.resolve({ done: true, value });
    let result;
    if (!preventCancel) {
      result = ops.readerGenericCancel(reader, value);
      ops.defaultReaderRelease(reader);
    } else {
      ops.defaultReaderRelease(reader);
      result = Promise.resolve();
    }
    return u.promiseThen(result, () => ({ done: true, value }));
  };

  const iterator = Object.create(AsyncIteratorPrototype);
  Object.assign(iterator, {
    next() {
      ongoing = ongoing ? u.promiseThen(ongoing, nextSteps, nextSteps) : nextSteps();
      return ongoing;
    },
    return(value = undefined) {
      const steps = () => returnSteps(value);
      ongoing = ongoing ? u.promiseThen(ongoing, steps, steps) : steps();
      return ongoing;
    },
    [Symbol.asyncIterator]() { return this; },
  });
  return iterator;
}

/// ReadableStreamFromIterable: pulls `iterable`'s (async) iterator one value per pull.
function fromIterable(iterable) {
  const iterator = getAsyncIterator(iterable);
  const { next } = iterator;
  let stream;
  const pull = () => {
    let result;
    try {
      result = Promise.resolve(next.call(iterator));
    } catch (error) {
      return Promise.reject(error);
    }
    return u.promiseThen(result, (step) => {
      if (step === null || typeof step !== 'object') {
        throw u.invalidState('The promise returned by the iterator.next() method must fulfill with an object');
      }
      const { controller } = stream[kState];
      if (step.done) defaultController.close(controller);
      else defaultController.enqueue(controller, step.value);
    });
  };
  const cancel = (reason) => {
    let result;
    try {
      const method = iterator.return;
      if (method === undefined || method === null) return Promise.resolve();
      result = Promise.resolve(method.call(iterator, reason));
    } catch (error) {
      return Promise.reject(error);
    }
    return u.promiseThen(result, (value) => {
      if (value === null || typeof value !== 'object') {
        throw u.invalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(() => undefined, pull, cancel, 0);
  return stream;
}

/// GetIterator(iterable, async): an async iterator, wrapping a sync one.
function getAsyncIterator(iterable) {
  const asyncMethod = iterable == null ? undefined : iterable[Symbol.asyncIterator];
  if (asyncMethod !== undefined && asyncMethod !== null) {
    const iterator = asyncMethod.call(iterable);
    if (iterator === null || typeof iterator !== 'object') throw u.invalidState('The iterator method must return an object');
    return iterator;
  }
  const syncMethod = iterable == null ? undefined : iterable[Symbol.iterator];
  if (typeof syncMethod !== 'function') {
    throw require('internal/web_errors').nodeError('ERR_ARG_NOT_ITERABLE', iterable);
  }
  const sync = syncMethod.call(iterable);
  const syncNext = sync.next;
  const settle = (step) => u.promiseThen(Promise.resolve(step.value), (value) => ({ value, done: !!step.done }));
  return {
    next() {
      return settle(syncNext.call(sync));
    },
    return(value) {
      const method = sync.return;
      if (method === undefined || method === null) return Promise.resolve({ value, done: true });
      return settle(method.call(sync, value));
    },
  };
}

/// CreateReadableStream, for the streams sous makes itself.
function createReadableStream(start, pull, cancel, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  u.brand(stream, 'ReadableStream', ops.initialState());
  defaultController.setUp(stream, start, pull, cancel, highWaterMark, sizeAlgorithm);
  return stream;
}

/// CreateReadableByteStream.
function createReadableByteStream(start, pull, cancel) {
  const stream = Object.create(ReadableStream.prototype);
  u.brand(stream, 'ReadableStream', ops.initialState());
  byteController.setUp(stream, start, pull, cancel, 0, undefined);
  return stream;
}

module.exports = { ReadableStream, createReadableStream, createReadableByteStream };
