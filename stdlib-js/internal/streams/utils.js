'use strict';
// What kind of stream a value is, and where it stands (ended, finished, errored, closed),
// read from the states so that finished() and pipeline() work on any stream-like object.

function isReadableNodeStream(obj, strict = false) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

// Web streams answer isReadable/isErrored/isDisturbed (and finished()) through these getters.
const kIsReadable = Symbol('kIsReadable');
const kIsWritable = Symbol('kIsWritable');
const kIsErrored = Symbol('kIsErrored');
const kIsDisturbed = Symbol('kIsDisturbed');
const kIsClosedPromise = Symbol('kIsClosedPromise');
// Errors a web stream through its controller (addAbortSignal).
const kControllerErrorFunction = Symbol('kControllerErrorFunction');

function isReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
}

function isWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
}

function isTransformStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' && typeof obj.writable === 'object');
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

/// A web stream as the Node stream that stands for it in pipeline() and compose() (chunks
/// pass as they are, in object mode); anything else as it is.
function nodeStreamOfWeb(stream) {
  if (!isWebStream(stream)) return stream;
  const adapters = require('internal/webstreams/adapters');
  if (isReadableStream(stream)) return adapters.newStreamReadableFromReadableStream(stream, { objectMode: true });
  if (isWritableStream(stream)) return adapters.newStreamWritableFromWritableStream(stream, { objectMode: true });
  return adapters.newStreamDuplexFromReadableWritablePair(stream, { objectMode: true });
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

// `strict === false` also counts a side that ended with nothing left to hand out.
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (stream == null) return null;
  if (typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (stream == null) return null;
  if (typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function firstDefined(...values) {
  for (const v of values) if (v !== undefined && v !== null) return v;
  return undefined;
}

function isErrored(stream) {
  if (!stream) return false;
  if (stream[kIsErrored] != null) return !!stream[kIsErrored];
  const r = stream._readableState;
  const w = stream._writableState;
  return !!firstDefined(stream.readableErrored, stream.writableErrored,
    r && r.errorEmitted, w && w.errorEmitted, r && r.errored, w && w.errored);
}

function isDisturbed(stream) {
  if (stream && stream[kIsDisturbed] != null) return !!stream[kIsDisturbed];
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState;
  const r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return !!((w && w.closed) || (r && r.closed));
  }
  if (typeof stream.closed === 'boolean') return stream.closed;
  return null;
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function readableErrored(stream) {
  const r = stream && stream._readableState;
  return r ? r.errored : null;
}

function writableErrored(stream) {
  const w = stream && stream._writableState;
  return w ? w.errored : null;
}

module.exports = {
  isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isNodeStream, isWebStream, isIterable,
  isReadableStream, isWritableStream, isTransformStream, kIsReadable, kIsWritable, kIsErrored, kIsDisturbed,
  kIsClosedPromise, kControllerErrorFunction, nodeStreamOfWeb,
  isDestroyed, isWritableEnded, isWritableFinished, isReadableFinished, isReadable, isWritable,
  isErrored, isDisturbed, isClosed, willEmitClose, readableErrored, writableErrored,
};
