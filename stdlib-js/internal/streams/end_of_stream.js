'use strict';
// finished(stream, [options], callback): calls back once when the stream is done (ended,
// finished, or closed), with its error or ERR_STREAM_PREMATURE_CLOSE when it closed too early.

const { makeNodeError, AbortError } = require('internal/errors');
const u = require('internal/streams/utils');

function nop() {}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'Function', fn);
}

// finished() on a web stream: its closed promise settles once it closes or errors.
function eosWeb(stream, options, callback) {
  let aborted = false;
  let abort = nop;
  if (options.signal) {
    abort = () => {
      aborted = true;
      callback.call(stream, new AbortError(undefined, { cause: options.signal.reason }));
    };
    if (options.signal.aborted) process.nextTick(abort);
    else options.signal.addEventListener('abort', abort, { once: true });
  }
  const resolve = (...args) => {
    if (aborted) return;
    if (options.signal) options.signal.removeEventListener('abort', abort);
    process.nextTick(() => callback.apply(stream, args));
  };
  stream[u.kIsClosedPromise].promise.then(() => resolve(), resolve);
  return nop;
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
  }
  validateFunction(callback, 'callback');
  if (options.signal !== undefined) require('internal/streams/add_abort_signal').validateSignal(options.signal);
  let done = false;
  const userCallback = callback;
  callback = function once(...args) {
    if (done) return;
    done = true;
    userCallback.apply(this, args);
  };
  if (u.isReadableStream(stream) || u.isWritableStream(stream)) return eosWeb(stream, options, callback);
  if (!u.isNodeStream(stream)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const readable = options.readable ?? u.isReadableNodeStream(stream);
  const writable = options.writable ?? u.isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  let willEmitClose = u.willEmitClose(stream) && u.isReadableNodeStream(stream) === readable &&
    u.isWritableNodeStream(stream) === writable;
  let writableFinished = u.isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  let readableFinished = u.isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => callback.call(stream, err);
  let closed = u.isClosed(stream);
  const erroredOf = () => u.writableErrored(stream) || u.readableErrored(stream);
  const onclose = () => {
    closed = true;
    const errored = erroredOf();
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && u.isReadableNodeStream(stream, true)) {
      if (!u.isReadableFinished(stream, false)) return callback.call(stream, makeNodeError('ERR_STREAM_PREMATURE_CLOSE'));
    }
    if (writable && !writableFinished) {
      if (!u.isWritableFinished(stream, false)) return callback.call(stream, makeNodeError('ERR_STREAM_PREMATURE_CLOSE'));
    }
    callback.call(stream);
  };
  const onclosed = () => {
    closed = true;
    const errored = erroredOf();
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };
  const onrequest = () => stream.req.on('finish', onfinish);
  const isRequest = stream.setHeader && typeof stream.abort === 'function';
  if (isRequest) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || u.isReadable(stream)) &&
    (writableFinished || u.isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || u.isWritable(stream)) &&
    (readableFinished || u.isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: options.signal.reason }));
    };
    if (options.signal.aborted) {
      process.nextTick(abort);
    } else {
      options.signal.addEventListener('abort', abort, { once: true });
      const originalCallback = callback;
      callback = function once(...args) {
        options.signal.removeEventListener('abort', abort);
        originalCallback.apply(stream, args);
      };
    }
  }
  return cleanup;
}

function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup) {
    // Checked now: a bad option throws, it does not reject.
    if (typeof opts.cleanup !== 'boolean') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'cleanup', 'boolean', opts.cleanup);
    autoCleanup = true;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;
module.exports = eos;
