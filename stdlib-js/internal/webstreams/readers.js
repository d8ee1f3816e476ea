'use strict';
// ReadableStreamDefaultReader and ReadableStreamBYOBReader (WHATWG Streams
// §4.3, §4.4): lock a stream and read from it.

const u = require('internal/webstreams/util');
const ops = require('internal/webstreams/readable_ops');
const { isByteController, viewTypes } = require('internal/webstreams/byte_controller');
const { pullInto } = require('internal/webstreams/byte_queue');

const { kState } = u;

function setUpReader(reader, stream, type, requestsKey) {
  if (!ops.isReadableStream(stream)) throw u.argType('stream', 'ReadableStream', stream);
  u.brand(reader, type, { stream: undefined, closed: undefined, [requestsKey]: [] });
  if (ops.isLocked(stream)) throw u.invalidState('ReadableStream is locked');
}

function closedOf(reader) {
  return reader[kState].closed.promise;
}

function notAttached() {
  return Promise.reject(u.invalidState('The reader is not attached to a stream'));
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    setUpReader(this, stream, 'ReadableStreamDefaultReader', 'readRequests');
    ops.readerGenericInitialize(this, stream);
  }

  read() {
    if (!ops.isDefaultReader(this)) return Promise.reject(u.invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) return notAttached();
    const request = ops.defaultReaderReadRequest();
    ops.defaultReaderRead(this, request);
    return request.result();
  }

  releaseLock() {
    if (!ops.isDefaultReader(this)) throw u.invalidThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    ops.defaultReaderRelease(this);
  }

  get closed() {
    if (!ops.isDefaultReader(this)) return Promise.reject(u.invalidThis('ReadableStreamDefaultReader'));
    return closedOf(this);
  }

  cancel(reason = undefined) {
    if (!ops.isDefaultReader(this)) return Promise.reject(u.invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) return notAttached();
    return ops.readerGenericCancel(this, reason);
  }

  [u.customInspect](depth, options) {
    const { stream, readRequests, closed } = this[kState];
    return u.inspectAs(this, depth, options, 'ReadableStreamDefaultReader', {
      stream, readRequests: readRequests.length, close: closed.promise,
    });
  }
}

u.webIDL(ReadableStreamDefaultReader, ['read', 'releaseLock', 'closed', 'cancel']);

class ReadableStreamBYOBReader {
  constructor(stream) {
    setUpReader(this, stream, 'ReadableStreamBYOBReader', 'readIntoRequests');
    if (!isByteController(stream[kState].controller)) {
      throw u.argValue('stream', stream, 'must be a byte stream');
    }
    ops.readerGenericInitialize(this, stream);
  }

  // An async function, as Node's is (its results arrive two microtasks later than a default read's).
  async read(view, options = undefined) {
    if (!ops.isBYOBReader(this)) throw u.invalidThis('ReadableStreamBYOBReader');
    const min = checkRead(view, options);
    const { stream } = this[kState];
    if (stream === undefined) return notAttached();
    const request = ops.promiseReadRequest();
    stream[kState].disturbed = true;
    if (stream[kState].state === 'errored') request.error(stream[kState].storedError);
    else pullInto(stream[kState].controller, view, min, request);
    return request.promise;
  }

  releaseLock() {
    if (!ops.isBYOBReader(this)) throw u.invalidThis('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    ops.readerGenericRelease(this);
    ops.errorReadIntoRequests(this, u.invalidState('Releasing reader'));
  }

  get closed() {
    if (!ops.isBYOBReader(this)) return Promise.reject(u.invalidThis('ReadableStreamBYOBReader'));
    return closedOf(this);
  }

  cancel(reason = undefined) {
    if (!ops.isBYOBReader(this)) return Promise.reject(u.invalidThis('ReadableStreamBYOBReader'));
    if (this[kState].stream === undefined) return notAttached();
    return ops.readerGenericCancel(this, reason);
  }

  [u.customInspect](depth, options) {
    const { stream, readIntoRequests, closed } = this[kState];
    return u.inspectAs(this, depth, options, 'ReadableStreamBYOBReader', {
      stream, readIntoRequests: readIntoRequests.length, close: closed.promise,
    });
  }
}

u.webIDL(ReadableStreamBYOBReader, ['read', 'releaseLock', 'closed', 'cancel']);

/// The checks of a BYOB read(view, { min }); gives `min`.
function checkRead(view, options) {
  if (!ArrayBuffer.isView(view)) throw u.argType('view', viewTypes, view);
  if (view.byteLength === 0 || view.buffer.byteLength === 0 || u.isDetached(view.buffer)) {
    throw u.invalidState('View or Viewed ArrayBuffer is zero-length or detached');
  }
  options = u.dictionary(options, 'options');
  const min = options.min === undefined ? 1 : +options.min;
  if (!Number.isFinite(min) || min < 0) throw u.invalidArgValueRange('options.min', options.min);
  if (min === 0) throw u.argValue('options.min', options.min, 'must be greater than 0');
  const isTyped = !(view instanceof DataView);
  if (isTyped ? min > view.length : min > view.byteLength) {
    throw u.webError('ERR_OUT_OF_RANGE', 'options.min', isTyped ? '<= view.length' : '<= view.byteLength', options.min);
  }
  return Math.trunc(min);
}

module.exports = { ReadableStreamDefaultReader, ReadableStreamBYOBReader };
