'use strict';
// ReadableByteStreamController and ReadableStreamBYOBRequest: the controller
// of a `type: 'bytes'` ReadableStream (WHATWG Streams §4.8, §4.10, §4.11).
// The queue algorithms are in byte_queue.js.

const u = require('internal/webstreams/util');
const ops = require('internal/webstreams/readable_ops');
const q = require('internal/webstreams/byte_queue');

const { kState } = u;
const kCreate = Symbol('kCreate');

const viewTypes = ['Buffer', 'TypedArray', 'DataView'];

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kCreate) throw u.illegalConstructor();
    u.brand(this, 'ReadableStreamBYOBRequest', { controller: undefined, view: null });
  }

  get view() {
    checkRequest(this);
    return this[kState].view;
  }

  respond(bytesWritten = undefined) {
    checkRequest(this);
    const { controller, view } = this[kState];
    if (controller === undefined) throw u.invalidState('This BYOB request has been invalidated');
    const written = toIndex(bytesWritten, 'bytesWritten');
    if (u.isDetached(view.buffer) || view.buffer.byteLength === 0) {
      throw u.invalidState('Viewed ArrayBuffer is detached');
    }
    q.respond(controller, written);
  }

  respondWithNewView(view) {
    checkRequest(this);
    if (!ArrayBuffer.isView(view)) throw u.argType('view', viewTypes, view);
    const { controller } = this[kState];
    if (controller === undefined) throw u.invalidState('This BYOB request has been invalidated');
    if (u.isDetached(view.buffer)) throw u.invalidState('Viewed ArrayBuffer is detached');
    q.respondWithNewView(controller, view);
  }

  [u.customInspect](depth, options) {
    const { controller, view } = this[kState];
    return u.inspectAs(this, depth, options, 'ReadableStreamBYOBRequest', { view, controller });
  }
}

u.webIDL(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);

// WebIDL's [EnforceRange] unsigned long long conversion, as Node applies it to bytesWritten.
function toIndex(value, name) {
  const n = +value;
  if (!Number.isFinite(n) || n < 0) throw u.invalidArgValueRange(name, value);
  return Math.trunc(n);
}

function checkRequest(self) {
  if (!u.isBrand(self, 'ReadableStreamBYOBRequest')) throw u.invalidThis('ReadableStreamBYOBRequest');
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kCreate) throw u.illegalConstructor();
    u.brand(this, 'ReadableByteStreamController', {});
  }

  get byobRequest() {
    check(this);
    const state = this[kState];
    if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      const request = new ReadableStreamBYOBRequest(kCreate);
      request[kState].controller = this;
      request[kState].view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
        first.byteLength - first.bytesFilled);
      state.byobRequest = request;
    }
    return state.byobRequest;
  }

  get desiredSize() {
    check(this);
    return q.desiredSize(this);
  }

  close() {
    check(this);
    const state = this[kState];
    if (state.closeRequested) throw u.invalidState('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw u.invalidState('ReadableStream is already closed');
    q.closeController(this);
  }

  enqueue(chunk) {
    check(this);
    if (!ArrayBuffer.isView(chunk)) throw u.argType('buffer', viewTypes, chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw u.invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    const state = this[kState];
    if (state.closeRequested) throw u.invalidState('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw u.invalidState('ReadableStream is already closed');
    q.enqueue(this, chunk);
  }

  error(error = undefined) {
    check(this);
    q.errorController(this, error);
  }

  [ops.kCancelSteps](reason) {
    const state = this[kState];
    q.clearPendingPullIntos(this);
    u.resetQueue(state);
    state.queue = [];
    const result = state.cancelAlgorithm(reason);
    q.clearAlgorithms(this);
    return result;
  }

  [ops.kPullSteps](readRequest) {
    const state = this[kState];
    const { stream } = state;
    if (state.queueTotalSize > 0) {
      q.fillReadRequestFromQueue(this, readRequest);
      return;
    }
    const size = state.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (error) {
        readRequest.error(error);
        return;
      }
      state.pendingPullIntos.push({
        buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0, minimumFill: 1,
        elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    ops.addReadRequest(stream, readRequest);
    q.callPullIfNeeded(this);
  }

  [ops.kReleaseSteps]() {
    const state = this[kState];
    if (state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      first.readerType = 'none';
      state.pendingPullIntos = [first];
    }
  }

  [u.customInspect](depth, options) {
    return u.inspectAs(this, depth, options, 'ReadableByteStreamController', {});
  }
}

u.webIDL(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

function check(self) {
  if (!u.isBrand(self, 'ReadableByteStreamController')) throw u.invalidThis('ReadableByteStreamController');
}

function isByteController(value) {
  return u.isBrand(value, 'ReadableByteStreamController');
}

/// SetUpReadableByteStreamController.
function setUp(stream, start, pull, cancel, highWaterMark, autoAllocateChunkSize) {
  const controller = new ReadableByteStreamController(kCreate);
  const state = controller[kState];
  Object.assign(state, {
    stream, pullAgain: false, pulling: false, byobRequest: null, closeRequested: false, started: false,
    highWaterMark, pullAlgorithm: pull, cancelAlgorithm: cancel, autoAllocateChunkSize, pendingPullIntos: [],
  });
  u.resetQueue(state);
  stream[kState].controller = controller;
  u.promiseThen(Promise.resolve(start(controller)), () => {
    state.started = true;
    q.callPullIfNeeded(controller);
  }, (error) => q.errorController(controller, error));
  return controller;
}

/// SetUpReadableByteStreamControllerFromUnderlyingSource.
function setUpFromSource(stream, source, highWaterMark) {
  const start = u.method(source, 'start', 'source');
  const pull = u.method(source, 'pull', 'source');
  const cancel = u.method(source, 'cancel', 'source');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    const n = +autoAllocateChunkSize;
    if (!Number.isFinite(n) || Math.trunc(n) <= 0) {
      throw u.argValue('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
    autoAllocateChunkSize = Math.trunc(n);
  }
  setUp(stream,
    (controller) => (start === undefined ? undefined : start.call(source, controller)),
    (controller) => u.promiseCall(pull, source, controller),
    (reason) => u.promiseCall(cancel, source, reason),
    highWaterMark, autoAllocateChunkSize);
}

module.exports = {
  ReadableByteStreamController, ReadableStreamBYOBRequest, isByteController, setUp, setUpFromSource, viewTypes,
};
