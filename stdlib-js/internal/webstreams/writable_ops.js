'use strict';
// The WritableStream abstract operations (WHATWG Streams §5.5): the stream's
// state machine (writable → erroring → errored, or closed), its writer's
// promises, and the controller's queue of writes and the close.

const u = require('internal/webstreams/util');

const { kState } = u;
const kAbortSteps = Symbol('kAbortSteps');
const kErrorSteps = Symbol('kErrorSteps');
// Queued after the last chunk to stand for close().
const closeSentinel = Symbol('close');

const isWritableStream = (v) => u.isBrand(v, 'WritableStream');

function initialState() {
  return {
    state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, writeRequests: [], backpressure: false, closedPromise: u.deferred(),
  };
}

const isLocked = (stream) => stream[kState].writer !== undefined;

function abort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  state.controller[kState].abortController.abort(reason);
  // The abort listeners may have moved the stream on.
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.promise.promise;
  const wasAlreadyErroring = state.state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const promise = u.deferred();
  state.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function close(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return Promise.reject(u.invalidState('WritableStream is closed'));
  }
  const promise = u.deferred();
  state.closeRequest = promise;
  const { writer } = state;
  if (writer !== undefined && state.backpressure && state.state === 'writable') writer[kState].ready.resolve();
  controllerClose(state.controller);
  return promise.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') startErroring(stream, error);
  else finishErroring(stream);
}

function startErroring(stream, reason) {
  const state = stream[kState];
  state.state = 'erroring';
  state.storedError = reason;
  if (state.writer !== undefined) ensureReadyPromiseRejected(state.writer, reason);
  if (!hasOperationMarkedInFlight(stream) && state.controller[kState].started) finishErroring(stream);
}

function finishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  state.closedPromise.reject(state.storedError);
  u.markHandled(state.closedPromise.promise);
  state.controller[kErrorSteps]();
  const error = state.storedError;
  for (const request of state.writeRequests) request.reject(error);
  state.writeRequests = [];
  const abortRequest = state.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(error);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  u.promiseThen(state.controller[kAbortSteps](abortRequest.reason), () => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.promise.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  state.closedPromise.resolve();
  if (state.writer !== undefined) state.writer[kState].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.promise.reject(error);
    state.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  return stream[kState].closeRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  return stream[kState].inFlightWriteRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  if (state.writer !== undefined) {
    const { closed } = state.writer[kState];
    closed.reject(state.storedError);
    u.markHandled(closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.writer !== undefined && backpressure !== state.backpressure) {
    const writer = state.writer[kState];
    if (backpressure) writer.ready = u.deferred();
    else writer.ready.resolve();
  }
  state.backpressure = backpressure;
}

// ---- writer ----------------------------------------------------------------

function ensureReadyPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.ready.settled) state.ready = u.deferred();
  state.ready.reject(error);
  u.markHandled(state.ready.promise);
}

function ensureClosedPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.closed.settled) state.closed = u.deferred();
  state.closed.reject(error);
  u.markHandled(state.closed.promise);
}

function writerDesiredSize(writer) {
  const stream = writer[kState].stream;
  switch (stream[kState].state) {
    case 'errored':
    case 'erroring':
      return null;
    case 'closed':
      return 0;
    default:
      return controllerDesiredSize(stream[kState].controller);
  }
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const released = u.invalidState('Writer has been released');
  ensureReadyPromiseRejected(writer, released);
  ensureClosedPromiseRejected(writer, released);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const { controller } = stream[kState];
  const chunkSize = controllerChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return Promise.reject(u.invalidState('Mismatched WritableStreams'));
  const state = stream[kState];
  if (state.state === 'errored') return Promise.reject(state.storedError);
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') {
    return Promise.reject(u.invalidState('WritableStream is closed'));
  }
  if (state.state === 'erroring') return Promise.reject(state.storedError);
  const request = u.deferred();
  state.writeRequests.push(request);
  controllerWrite(controller, chunk, chunkSize);
  return request.promise;
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  return close(stream);
}

// ---- controller -------------------------------------------------------------

function controllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function controllerClose(controller) {
  u.enqueueValueWithSize(controller[kState], closeSentinel, 0);
  advanceQueueIfNeeded(controller);
}

function controllerChunkSize(controller, chunk) {
  const state = controller[kState];
  if (state.sizeAlgorithm === undefined) return 1;
  try {
    return state.sizeAlgorithm(chunk);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerDesiredSize(controller) {
  return controller[kState].highWaterMark - controller[kState].queueTotalSize;
}

function controllerWrite(controller, chunk, chunkSize) {
  const state = controller[kState];
  try {
    u.enqueueValueWithSize(state, chunk, chunkSize);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return;
  }
  const { stream } = state;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, controllerDesiredSize(controller) <= 0);
  }
  advanceQueueIfNeeded(controller);
}

function advanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const { stream } = state;
  if (!state.started || stream[kState].inFlightWriteRequest !== undefined) return;
  if (stream[kState].state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (u.queueLength(state) === 0) return;
  const value = u.peekQueueValue(state);
  if (value === closeSentinel) processClose(controller);
  else processWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function processClose(controller) {
  const state = controller[kState];
  const { stream } = state;
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = undefined;
  u.dequeueValue(state);
  const sinkClosePromise = state.closeAlgorithm();
  controllerClearAlgorithms(controller);
  u.promiseThen(sinkClosePromise, () => finishInFlightClose(stream),
    (reason) => finishInFlightCloseWithError(stream, reason));
}

function processWrite(controller, chunk) {
  const state = controller[kState];
  const { stream } = state;
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
  u.promiseThen(state.writeAlgorithm(chunk), () => {
    finishInFlightWrite(stream);
    u.dequeueValue(state);
    if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
      updateBackpressure(stream, controllerDesiredSize(controller) <= 0);
    }
    advanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') controllerClearAlgorithms(controller);
    finishInFlightWriteWithError(stream, reason);
  });
}

function controllerError(controller, error) {
  controllerClearAlgorithms(controller);
  startErroring(controller[kState].stream, error);
}

module.exports = {
  kAbortSteps, kErrorSteps, isWritableStream, initialState, isLocked, abort, close, closeQueuedOrInFlight,
  updateBackpressure, dealWithRejection, ensureReadyPromiseRejected, ensureClosedPromiseRejected,
  writerDesiredSize, writerRelease, writerWrite, writerCloseWithErrorPropagation, controllerDesiredSize,
  advanceQueueIfNeeded, controllerErrorIfNeeded, controllerError, controllerClearAlgorithms,
};
