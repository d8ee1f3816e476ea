'use strict';
// ReadableStreamDefaultController: the queue of chunks behind a default
// ReadableStream, and when to ask the underlying source for more
// (WHATWG Streams §4.7 and §4.9.2).

const u = require('internal/webstreams/util');
const ops = require('internal/webstreams/readable_ops');

const { kState } = u;
const kCreate = Symbol('kCreate');

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kCreate) throw u.illegalConstructor();
    u.brand(this, 'ReadableStreamDefaultController', {});
  }

  get desiredSize() {
    check(this);
    return desiredSize(this);
  }

  close() {
    check(this);
    if (!canCloseOrEnqueue(this)) throw u.invalidState('Controller is already closed');
    close(this);
  }

  enqueue(chunk = undefined) {
    check(this);
    if (!canCloseOrEnqueue(this)) throw u.invalidState('Controller is already closed');
    enqueue(this, chunk);
  }

  error(error = undefined) {
    check(this);
    errorController(this, error);
  }

  [ops.kCancelSteps](reason) {
    const state = this[kState];
    u.resetQueue(state);
    const result = state.cancelAlgorithm(reason);
    clearAlgorithms(this);
    return result;
  }

  [ops.kPullSteps](readRequest) {
    const state = this[kState];
    const { stream } = state;
    if (u.queueLength(state) > 0) {
      const chunk = u.dequeueValue(state);
      if (state.closeRequested && u.queueLength(state) === 0) {
        clearAlgorithms(this);
        ops.readableStreamClose(stream);
      } else {
        callPullIfNeeded(this);
      }
      readRequest.chunk(chunk);
      return;
    }
    ops.addReadRequest(stream, readRequest);
    callPullIfNeeded(this);
  }

  [ops.kReleaseSteps]() {}

  [u.customInspect](depth, options) {
    return u.inspectAs(this, depth, options, 'ReadableStreamDefaultController', {});
  }
}

u.webIDL(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);

function check(self) {
  if (!u.isBrand(self, 'ReadableStreamDefaultController')) throw u.invalidThis('ReadableStreamDefaultController');
}

function canCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

const { readableDesiredSize: desiredSize } = u;

function shouldCallPull(controller) {
  const state = controller[kState];
  const { stream } = state;
  if (!canCloseOrEnqueue(controller) || !state.started) return false;
  if (ops.isLocked(stream) && ops.numReadRequests(stream) > 0) return true;
  return desiredSize(controller) > 0;
}

function callPullIfNeeded(controller) {
  u.callPullIfNeeded(controller, shouldCallPull, errorController);
}

function clearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function close(controller) {
  if (!canCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (u.queueLength(state) === 0) {
    clearAlgorithms(controller);
    ops.readableStreamClose(state.stream);
  }
}

function enqueue(controller, chunk) {
  if (!canCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const { stream } = state;
  if (ops.isLocked(stream) && ops.numReadRequests(stream) > 0) {
    ops.fulfillReadRequest(stream, chunk, false);
  } else {
    try {
      u.enqueueValueWithSize(state, chunk, state.sizeAlgorithm(chunk));
    } catch (error) {
      errorController(controller, error);
      throw error;
    }
  }
  callPullIfNeeded(controller);
}

function errorController(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  u.resetQueue(state);
  clearAlgorithms(controller);
  ops.readableStreamError(state.stream, error);
}

function hasBackpressure(controller) {
  return !shouldCallPull(controller);
}

/// SetUpReadableStreamDefaultController: `start(controller)` gives a value or promise; the
/// other algorithms give promises.
function setUp(stream, start, pull, cancel, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kCreate);
  const state = controller[kState];
  Object.assign(state, {
    stream, started: false, closeRequested: false, pullAgain: false, pulling: false,
    highWaterMark, sizeAlgorithm, pullAlgorithm: pull, cancelAlgorithm: cancel,
  });
  u.resetQueue(state);
  stream[kState].controller = controller;
  const startResult = start(controller);
  u.promiseThen(Promise.resolve(startResult), () => {
    state.started = true;
    callPullIfNeeded(controller);
  }, (error) => errorController(controller, error));
  return controller;
}

/// SetUpReadableStreamDefaultControllerFromUnderlyingSource.
function setUpFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const start = u.method(source, 'start', 'source');
  const pull = u.method(source, 'pull', 'source');
  const cancel = u.method(source, 'cancel', 'source');
  setUp(stream,
    (controller) => (start === undefined ? undefined : start.call(source, controller)),
    (controller) => u.promiseCall(pull, source, controller),
    (reason) => u.promiseCall(cancel, source, reason),
    highWaterMark, sizeAlgorithm);
}

module.exports = {
  ReadableStreamDefaultController, setUp, setUpFromSource, close, enqueue, errorController, desiredSize,
  canCloseOrEnqueue, hasBackpressure, callPullIfNeeded, clearAlgorithms,
};
