'use strict';
// Node streams ⇄ web streams: Readable.toWeb/fromWeb, Writable.toWeb/fromWeb,
// Duplex.toWeb/fromWeb. Each side's end, errors and backpressure are carried
// to the other; a premature close becomes an AbortError, a zlib failure a
// TypeError (as Node reports them to web-stream users).

const u = require('internal/webstreams/util');
const { ReadableStream } = require('internal/webstreams/readable');
const { WritableStream } = require('internal/webstreams/writable');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/queuing');
const { destroyer } = require('internal/streams/destroy');
const utils = require('internal/streams/utils');
const finished = require('internal/streams/end_of_stream');
const { makeNodeError, AbortError } = require('internal/errors');

const zlibFailures = new Set(['Z_NEED_DICT', 'Z_STREAM_END', 'Z_DATA_ERROR', 'Z_BUF_ERROR', 'Z_MEM_ERROR',
  'Z_VERSION_ERROR', 'Z_STREAM_ERROR', 'ERR_BROTLI_INVALID_PARAM', 'ERR_ZLIB_INITIALIZATION_FAILED',
  'ERR_TRAILING_JUNK_AFTER_STREAM_END']);

function handleKnownInternalErrors(cause) {
  if (cause && cause.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause });
  if (cause && zlibFailures.has(cause.code)) {
    const error = new TypeError(undefined, { cause });
    error.code = cause.code;
    return error;
  }
  return cause;
}

/// Destroys a node stream for the web side; with no error, one that had not finished gets an
/// AbortError (what Node's stream destroyer does).
function destroy(stream, error) {
  if (!stream || utils.isDestroyed(stream)) return;
  const finished = !utils.isReadable(stream) && !utils.isWritable(stream);
  if (!error && !finished) error = new AbortError();
  destroyer(stream, error);
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object') throw u.argType('options', 'Object', options);
  return options;
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw u.argType(name, 'boolean', value);
}

function validateEncoding(encoding) {
  if (encoding !== undefined && !require('buffer').Buffer.isEncoding(encoding)) {
    throw u.argValue(encoding, 'options.encoding');
  }
}

/// Calls a node stream's callback; a throw in it destroys `stream` on the next tick.
function settle(callback, stream) {
  return (error) => {
    try {
      callback(error);
    } catch (thrown) {
      process.nextTick(() => destroy(stream, thrown));
    }
  };
}

/// Calls a destroy callback; a throw in it is rethrown on the next tick.
function settleDestroy(callback, error) {
  return () => {
    try {
      callback(error);
    } catch (thrown) {
      process.nextTick(() => { throw thrown; });
    }
  };
}

/// `toChunk` (internal, for the compression streams) turns what is written into what the node
/// stream takes, and a write it throws on destroys the node stream.
function newWritableStreamFromStreamWritable(streamWritable, toChunk = undefined) {
  if (streamWritable === null || typeof streamWritable !== 'object' ||
      typeof streamWritable._writableState !== 'object') {
    throw u.argType('streamWritable', 'stream.Writable', streamWritable);
  }
  if (utils.isDestroyed(streamWritable) || !utils.isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let backpressure;
  let closed;
  const cleanup = finished(streamWritable, (error) => {
    error = handleKnownInternalErrors(error);
    cleanup();
    // Legacy streams may emit 'error' again after finished() has reported.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', () => {
    if (backpressure !== undefined) backpressure.resolve();
  });
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      // A byte stream takes an ArrayBuffer as the bytes it holds.
      if (!streamWritable.writableObjectMode && chunk instanceof ArrayBuffer) chunk = new Uint8Array(chunk);
      try {
        if (streamWritable.writableNeedDrain || !streamWritable.write(toChunk ? toChunk(chunk) : chunk)) {
          backpressure = u.deferred();
          return backpressure.promise.finally(() => { backpressure = undefined; });
        }
      } catch (error) {
        // For a compression stream, a chunk zlib refuses errors the readable side too.
        if (toChunk) destroy(streamWritable, error);
        throw error;
      }
      return undefined;
    },
    abort(reason) { destroy(streamWritable, reason); },
    close() {
      if (closed === undefined && !utils.isWritableEnded(streamWritable)) {
        closed = u.deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

/// The write/writev/final methods of a node stream that writes into `writer`.
function writerMethods(writer, decodeStrings, objectMode, getStream, isClosed) {
  return {
    writev(chunks, callback) {
      const done = (errors) => {
        const list = Array.isArray(errors) ? errors.filter((e) => e) : [errors];
        settle(callback, getStream())(list.length === 0 ? undefined : list);
      };
      u.promiseThen(writer.ready, () => u.promiseThen(
        Promise.all(chunks.map((data) => writer.write(data.chunk))), done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const bytes = require('buffer').Buffer.from(chunk, encoding);
        chunk = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }
      const done = settle(callback, getStream());
      u.promiseThen(writer.ready, () => u.promiseThen(writer.write(chunk), done, done), done);
    },
    final(callback) {
      const done = settle(callback, getStream());
      if (!isClosed()) u.promiseThen(writer.close(), done, done);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!u.isBrand(writableStream, 'WritableStream')) {
    throw u.argType('writableStream', 'WritableStream', writableStream);
  }
  validateOptions(options);
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = writableStream.getWriter();
  let closed = false;
  const Writable = require('internal/streams/writable');
  const writable = new Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    ...writerMethods(writer, decodeStrings, objectMode, () => writable, () => closed),
    destroy(error, callback) {
      const done = settleDestroy(callback, error);
      if (!closed) {
        if (error != null) u.promiseThen(writer.abort(error), done, done);
        else u.promiseThen(writer.close(), done, done);
        return;
      }
      done();
    },
  });
  u.promiseThen(writer.closed, () => {
    closed = true;
    if (!utils.isWritableEnded(writable)) destroy(writable, makeNodeError('ERR_STREAM_PREMATURE_CLOSE'));
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (streamReadable === null || typeof streamReadable !== 'object' ||
      typeof streamReadable._readableState !== 'object') {
    throw u.argType('streamReadable', 'stream.Readable', streamReadable);
  }
  validateOptions(options);
  const type = options.type;
  if (type !== undefined && type !== 'bytes') throw u.argValue('options.type', type);
  if (utils.isDestroyed(streamReadable) || !utils.isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy;
  if (type === 'bytes') strategy = { highWaterMark };
  else if (options.strategy) strategy = options.strategy;
  else if (objectMode) strategy = new CountQueuingStrategy({ highWaterMark });
  else strategy = new ByteLengthQueuingStrategy({ highWaterMark });
  let controller;
  let wasCanceled = false;
  const { Buffer } = require('buffer');
  const onData = (chunk) => {
    // A copy, so the chunk does not keep a pooled Buffer alive.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  };
  const cleanup = finished(streamReadable, (error) => {
    error = handleKnownInternalErrors(error);
    cleanup();
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    if (wasCanceled) return undefined;
    return controller.close();
  });
  streamReadable.on('data', onData);
  return new ReadableStream({
    type,
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) {
      wasCanceled = true;
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!u.isBrand(readableStream, 'ReadableStream')) {
    throw u.argType('readableStream', 'ReadableStream', readableStream);
  }
  validateOptions(options);
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const Readable = require('internal/streams/readable');
  const readable = new Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      u.promiseThen(reader.read(), (chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      const done = settleDestroy(callback, error);
      if (!closed) {
        u.promiseThen(reader.cancel(error), done, done);
        return;
      }
      done();
    },
  });
  u.promiseThen(reader.closed, () => { closed = true; }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function newReadableWritablePairFromDuplex(duplex, options = {}, toChunk = undefined) {
  if (duplex === null || typeof duplex !== 'object' || typeof duplex._writableState !== 'object' ||
      typeof duplex._readableState !== 'object') {
    throw u.argType('duplex', 'stream.Duplex', duplex);
  }
  validateOptions(options);
  const readableOptions = { ...options, type: options.readableType ?? options.type };
  delete readableOptions.readableType;
  if (utils.isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  const writable = utils.isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex, toChunk) :
    new WritableStream();
  if (!utils.isWritable(duplex)) writable.close();
  const readable = utils.isReadable(duplex) ?
    newReadableStreamFromStreamReadable(duplex, readableOptions) : new ReadableStream();
  if (!utils.isReadable(duplex)) readable.cancel();
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  if (pair === null || typeof pair !== 'object') throw u.argType('pair', 'Object', pair);
  const { readable: readableStream, writable: writableStream } = pair;
  if (!u.isBrand(readableStream, 'ReadableStream')) {
    throw u.argType('pair.readable', 'ReadableStream', readableStream);
  }
  if (!u.isBrand(writableStream, 'WritableStream')) {
    throw u.argType('pair.writable', 'WritableStream', writableStream);
  }
  validateOptions(options);
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncoding(encoding);
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const Duplex = require('internal/streams/duplex');
  const duplex = new Duplex({
    allowHalfOpen, highWaterMark, objectMode, encoding, decodeStrings, signal,
    ...writerMethods(writer, decodeStrings, objectMode, () => duplex, () => writableClosed),
    read() {
      u.promiseThen(reader.read(), (chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroy(duplex, error));
    },
    destroy(error, callback) {
      const done = settleDestroy(callback, error);
      if (!writableClosed || !readableClosed) {
        const closeWriter = async () => { if (!writableClosed) await writer.abort(error); };
        const closeReader = async () => { if (!readableClosed) await reader.cancel(error); };
        u.promiseThen(Promise.all([closeWriter(), closeReader()]), done, done);
        return;
      }
      done();
    },
  });
  u.promiseThen(writer.closed, () => {
    writableClosed = true;
    if (!utils.isWritableEnded(duplex)) destroy(duplex, makeNodeError('ERR_STREAM_PREMATURE_CLOSE'));
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  u.promiseThen(reader.closed, () => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable, newStreamWritableFromWritableStream, newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream, newReadableWritablePairFromDuplex, newStreamDuplexFromReadableWritablePair,
  handleKnownInternalErrors,
};
