'use strict';
// addAbortSignal(signal, stream): destroys the stream with an AbortError when the signal aborts.

const { makeNodeError, AbortError } = require('internal/errors');
const u = require('internal/streams/utils');

function validateSignal(signal, name = 'signal') {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!u.isNodeStream(stream) && !u.isWebStream(stream)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const onAbort = () => {
    const error = new AbortError(undefined, { cause: signal.reason });
    if (u.isNodeStream(stream)) stream.destroy(error);
    else stream[u.kControllerErrorFunction](error);
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    require('internal/streams/end_of_stream')(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, validateSignal };
