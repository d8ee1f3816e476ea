'use strict';
// The ReadableStream abstract operations that sit between a stream, its
// reader and its controller (WHATWG Streams §4.9): close, error, cancel, and
// the read requests a reader queues. A controller plugs in through the
// symbols below (the spec's [[CancelSteps]], [[PullSteps]], [[ReleaseSteps]]).

const { kState, isBrand, deferred, markHandled, invalidState, promiseThen } = require('internal/webstreams/util');

const kCancelSteps = Symbol('kCancelSteps');
const kPullSteps = Symbol('kPullSteps');
const kReleaseSteps = Symbol('kReleaseSteps');

const isReadableStream = (v) => isBrand(v, 'ReadableStream');
const isDefaultReader = (v) => isBrand(v, 'ReadableStreamDefaultReader');
const isBYOBReader = (v) => isBrand(v, 'ReadableStreamBYOBReader');

/// A fresh stream state (the spec's InitializeReadableStream).
function initialState() {
  // closedPromise settles when the stream closes or errors, for finished().
  const closedPromise = deferred();
  markHandled(closedPromise.promise);
  return {
    state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined, closedPromise,
  };
}

function isLocked(stream) {
  return stream[kState].reader !== undefined;
}

function addReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function addReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function numReadRequests(stream) {
  const { reader } = stream[kState];
  return reader && isDefaultReader(reader) ? reader[kState].readRequests.length : 0;
}

function numReadIntoRequests(stream) {
  const { reader } = stream[kState];
  return reader && isBYOBReader(reader) ? reader[kState].readIntoRequests.length : 0;
}

function hasDefaultReader(stream) {
  const { reader } = stream[kState];
  return reader !== undefined && isDefaultReader(reader);
}

function hasBYOBReader(stream) {
  const { reader } = stream[kState];
  return reader !== undefined && isBYOBReader(reader);
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  state.closedPromise.resolve();
  const { reader } = state;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  state.closedPromise.reject(error);
  const { reader } = state;
  if (reader === undefined) return;
  reader[kState].closed.reject(error);
  markHandled(reader[kState].closed.promise);
  if (isDefaultReader(reader)) errorReadRequests(reader, error);
  else errorReadIntoRequests(reader, error);
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const { reader } = state;
  if (reader !== undefined && isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  return promiseThen(state.controller[kCancelSteps](reason), () => undefined);
}

function errorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.error(error);
}

function errorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.error(error);
}

// ---- readers --------------------------------------------------------------

function readerGenericInitialize(reader, stream) {
  const state = reader[kState];
  state.stream = stream;
  stream[kState].reader = reader;
  state.closed = deferred();
  switch (stream[kState].state) {
    case 'readable':
      break;
    case 'closed':
      state.closed.resolve();
      break;
    default:
      state.closed.reject(stream[kState].storedError);
      markHandled(state.closed.promise);
  }
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readerGenericRelease(reader) {
  const state = reader[kState];
  const stream = state.stream;
  const error = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    state.closed.reject(error);
  } else {
    state.closed = deferred();
    state.closed.reject(error);
  }
  markHandled(state.closed.promise);
  stream[kState].controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  state.stream = undefined;
}

function defaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') readRequest.close();
  else if (state.state === 'errored') readRequest.error(state.storedError);
  else state.controller[kPullSteps](readRequest);
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  errorReadRequests(reader, invalidState('Releasing reader'));
}

/// A read request that settles a promise with `{ value, done }`.
function promiseReadRequest() {
  const { promise, resolve, reject } = deferred();
  return {
    promise,
    chunk: (value) => resolve({ value, done: false }),
    close: (value) => resolve({ value, done: true }),
    error: reject,
  };
}

/// The read request of ReadableStreamDefaultReader.read(): a result known at once comes back as
/// an already settled promise of `{ done, value }`, a later one through a pending promise of
/// `{ value, done }` (the shapes and timing of Node's reader).
function defaultReaderReadRequest() {
  let settled;
  let pending;
  const settle = (isError, value) => {
    if (pending === undefined) settled = { isError, value };
    else if (isError) pending.reject(value);
    else pending.resolve(value);
  };
  return {
    chunk: (value) => settle(false, pending === undefined ? { done: false, value } : { value, done: false }),
    close: () => settle(false, pending === undefined ? { done: true, value: undefined } : { value: undefined, done: true }),
    error: (error) => settle(true, error),
    result() {
      if (settled !== undefined) return settled.isError ? Promise.reject(settled.value) : Promise.resolve(settled.value);
      pending = deferred();
      return pending.promise;
    },
  };
}

module.exports = {
  kCancelSteps, kPullSteps, kReleaseSteps, isReadableStream, isDefaultReader, isBYOBReader, initialState,
  isLocked, addReadRequest, addReadIntoRequest, numReadRequests, numReadIntoRequests, hasDefaultReader,
  hasBYOBReader, fulfillReadRequest, fulfillReadIntoRequest, readableStreamClose, readableStreamError,
  readableStreamCancel, errorReadRequests, errorReadIntoRequests, readerGenericInitialize, readerGenericCancel,
  readerGenericRelease, defaultReaderRead, defaultReaderRelease, promiseReadRequest, defaultReaderReadRequest,
};
