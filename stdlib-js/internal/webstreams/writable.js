'use strict';
// WritableStream, WritableStreamDefaultWriter and
// WritableStreamDefaultController (WHATWG Streams §5.2-§5.4); the algorithms
// are in writable_ops.js.

const u = require('internal/webstreams/util');
const ops = require('internal/webstreams/writable_ops');

const { kState } = u;
const kCreate = Symbol('kCreate');

class WritableStream {
  constructor(sink = undefined, strategy = undefined) {
    sink = sinkDictionary(sink);
    strategy = u.dictionary(strategy, 'strategy');
    if (sink.type !== undefined) throw u.invalidArgValueRange('type', sink.type);
    u.brand(this, 'WritableStream', ops.initialState());
    const size = u.extractSizeAlgorithm(strategy);
    const highWaterMark = u.extractHighWaterMark(strategy, 1);
    setUpFromSink(this, sink, highWaterMark, size);
  }

  get locked() {
    check(this);
    return ops.isLocked(this);
  }

  abort(reason = undefined) {
    if (!ops.isWritableStream(this)) return Promise.reject(u.invalidThis('WritableStream'));
    if (ops.isLocked(this)) return Promise.reject(u.invalidState('WritableStream is locked'));
    return ops.abort(this, reason);
  }

  close() {
    if (!ops.isWritableStream(this)) return Promise.reject(u.invalidThis('WritableStream'));
    if (ops.isLocked(this)) return Promise.reject(u.invalidState('WritableStream is locked'));
    if (ops.closeQueuedOrInFlight(this)) return Promise.reject(u.invalidState('Failure closing WritableStream'));
    return ops.close(this);
  }

  getWriter() {
    check(this);
    return new WritableStreamDefaultWriter(this);
  }

  [u.customInspect](depth, options) {
    return u.inspectAs(this, depth, options, 'WritableStream', {
      locked: ops.isLocked(this), state: this[kState].state,
    });
  }
}

u.webIDL(WritableStream, ['locked', 'abort', 'close', 'getWriter']);

u.installStreamQueries(WritableStream, (utils) => [
  [utils.kIsWritable, function writable() { return this[kState].state === 'writable'; }],
]);

function check(self) {
  if (!ops.isWritableStream(self)) throw u.invalidThis('WritableStream');
}

function sinkDictionary(sink) {
  if (sink === undefined || sink === null) return {};
  if (typeof sink !== 'object' && typeof sink !== 'function') throw u.argType('sink', 'Object', sink);
  return sink;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!ops.isWritableStream(stream)) throw u.argType('stream', 'WritableStream', stream);
    u.brand(this, 'WritableStreamDefaultWriter', { stream: undefined, ready: undefined, closed: undefined });
    if (ops.isLocked(stream)) throw u.invalidState('WritableStream is locked');
    const state = this[kState];
    const streamState = stream[kState];
    state.stream = stream;
    streamState.writer = this;
    switch (streamState.state) {
      case 'writable':
        state.ready = !ops.closeQueuedOrInFlight(stream) && streamState.backpressure ?
          u.deferred() : u.settledDeferred(false);
        state.closed = u.deferred();
        break;
      case 'erroring':
        state.ready = u.settledDeferred(true, streamState.storedError);
        state.closed = u.deferred();
        break;
      case 'closed':
        state.ready = u.settledDeferred(false);
        state.closed = u.settledDeferred(false);
        break;
      default:
        state.ready = u.settledDeferred(true, streamState.storedError);
        state.closed = u.settledDeferred(true, streamState.storedError);
    }
  }

  get closed() {
    if (!isWriter(this)) return Promise.reject(u.invalidThis('WritableStreamDefaultWriter'));
    return this[kState].closed.promise;
  }

  get desiredSize() {
    checkWriter(this);
    if (this[kState].stream === undefined) throw notBound();
    return ops.writerDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) return Promise.reject(u.invalidThis('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return Promise.reject(u.invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return Promise.reject(notBound());
    return ops.abort(this[kState].stream, reason);
  }

  close() {
    if (!isWriter(this)) return Promise.reject(u.invalidThis('WritableStreamDefaultWriter'));
    const { stream } = this[kState];
    if (stream === undefined) return Promise.reject(notBound());
    if (ops.closeQueuedOrInFlight(stream)) return Promise.reject(u.invalidState('Failure to close WritableStream'));
    return ops.close(stream);
  }

  releaseLock() {
    checkWriter(this);
    if (this[kState].stream === undefined) return;
    ops.writerRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return Promise.reject(u.invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return Promise.reject(notBound());
    return ops.writerWrite(this, chunk);
  }

  [u.customInspect](depth, options) {
    const { stream, closed, ready } = this[kState];
    return u.inspectAs(this, depth, options, 'WritableStreamDefaultWriter', {
      stream, close: closed.promise, ready: ready.promise,
      desiredSize: stream === undefined ? undefined : ops.writerDesiredSize(this),
    });
  }
}

u.webIDL(WritableStreamDefaultWriter, ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);

const isWriter = (v) => u.isBrand(v, 'WritableStreamDefaultWriter');
const notBound = () => u.invalidState('Writer is not bound to a WritableStream');

function checkWriter(self) {
  if (!isWriter(self)) throw u.invalidThis('WritableStreamDefaultWriter');
}

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kCreate) throw u.illegalConstructor();
    u.brand(this, 'WritableStreamDefaultController', {});
  }

  get signal() {
    checkController(this);
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    checkController(this);
    if (this[kState].stream[kState].state !== 'writable') return;
    ops.controllerError(this, error);
  }

  [ops.kAbortSteps](reason) {
    const result = this[kState].abortAlgorithm(reason);
    ops.controllerClearAlgorithms(this);
    return result;
  }

  [ops.kErrorSteps]() {
    u.resetQueue(this[kState]);
  }

  [u.customInspect](depth, options) {
    return u.inspectAs(this, depth, options, 'WritableStreamDefaultController', { stream: this[kState].stream });
  }
}

u.webIDL(WritableStreamDefaultController, ['signal', 'error']);

function checkController(self) {
  if (!u.isBrand(self, 'WritableStreamDefaultController')) throw u.invalidThis('WritableStreamDefaultController');
}

/// SetUpWritableStreamDefaultController: `start` gives a value or promise, the others promises.
function setUp(stream, start, write, close, abort, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kCreate);
  const state = controller[kState];
  Object.assign(state, {
    stream, started: false, highWaterMark, sizeAlgorithm, writeAlgorithm: write, closeAlgorithm: close,
    abortAlgorithm: abort, abortController: new AbortController(),
  });
  u.resetQueue(state);
  stream[kState].controller = controller;
  ops.updateBackpressure(stream, ops.controllerDesiredSize(controller) <= 0);
  u.promiseThen(Promise.resolve(start(controller)), () => {
    state.started = true;
    ops.advanceQueueIfNeeded(controller);
  }, (reason) => {
    state.started = true;
    ops.dealWithRejection(stream, reason);
  });
  return controller;
}

function setUpFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const start = u.method(sink, 'start', 'sink');
  const write = u.method(sink, 'write', 'sink');
  const close = u.method(sink, 'close', 'sink');
  const abort = u.method(sink, 'abort', 'sink');
  setUp(stream,
    (controller) => (start === undefined ? undefined : start.call(sink, controller)),
    (chunk) => u.promiseCall(write, sink, chunk, stream[kState].controller),
    () => u.promiseCall(close, sink),
    (reason) => u.promiseCall(abort, sink, reason),
    highWaterMark, sizeAlgorithm);
}

/// CreateWritableStream, for the streams sous makes itself (transforms, adapters).
function createWritableStream(start, write, close, abort, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  u.brand(stream, 'WritableStream', ops.initialState());
  setUp(stream, start, write, close, abort, highWaterMark, sizeAlgorithm);
  return stream;
}

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, createWritableStream,
};
