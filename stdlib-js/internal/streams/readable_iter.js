'use strict';
// Readable as an async iterable, Readable.from(iterable), and wrap() of an old-style stream.

const { Buffer } = require('buffer');
const { makeNodeError, AbortError } = require('internal/errors');
const eos = require('internal/streams/end_of_stream');
const { destroyer, errorOrDestroy } = require('internal/streams/destroy');

function nop() {}

function iterator(stream, options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
  }
  return createAsyncIterator(stream, options);
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregate(error, err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(next);
    }
  } catch (err) {
    error = aggregate(error, err);
    throw error;
  } finally {
    if ((error || !options || options.destroyOnReturn !== false) &&
      (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

function aggregate(a, b) {
  if (a && b && a !== b) {
    if (Array.isArray(b.errors)) {
      b.errors.push(a);
      return b;
    }
    const err = new AggregateError([a, b], a.message);
    err.code = a.code;
    return err;
  }
  return a || b;
}

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let isAsync;
  let iter;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iter = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iter = iterable[Symbol.iterator]();
  } else {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'iterable', ['Iterable'], iterable);
  }
  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  readable._read = function read() {
    if (!reading) {
      reading = true;
      next();
    }
  };
  readable._destroy = function destroy(error, cb) {
    close(error).then(() => process.nextTick(cb, error), (e) => process.nextTick(cb, e || error));
  };
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iter.throw === 'function') {
      const { value, done } = await iter.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iter.return === 'function') {
      const { value } = await iter.return();
      await value;
    }
  }
  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iter.next() : iter.next();
        if (done) {
          readable.push(null);
        } else {
          const res = value && typeof value.then === 'function' ? await value : value;
          if (res === null) {
            reading = false;
            throw makeNodeError('ERR_STREAM_NULL_VALUES');
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

// Makes a Readable out of an old-style stream ('data'/'end' events, pause/resume).
function wrap(self, stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!self.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => self.push(null));
  stream.on('error', (err) => errorOrDestroy(self, err));
  stream.on('close', () => self.destroy());
  stream.on('destroy', () => self.destroy());
  self._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  for (const key of Object.keys(stream)) {
    if (self[key] === undefined && typeof stream[key] === 'function') self[key] = stream[key].bind(stream);
  }
  return self;
}

module.exports = { createAsyncIterator, iterator, from, wrap, aggregate, AbortError };
