'use strict';
// The byte queue and the pending pull-into descriptors of a
// ReadableByteStreamController (WHATWG Streams §4.9.3): how bytes that were
// enqueued meet the buffers readers hand in. The controller class is in
// byte_controller.js; these work on its state.

const u = require('internal/webstreams/util');
const ops = require('internal/webstreams/readable_ops');

const { kState } = u;

const { readableDesiredSize: desiredSize } = u;

function shouldCallPull(controller) {
  const state = controller[kState];
  const { stream } = state;
  if (stream[kState].state !== 'readable' || state.closeRequested || !state.started) return false;
  if (ops.hasDefaultReader(stream) && ops.numReadRequests(stream) > 0) return true;
  if (ops.hasBYOBReader(stream) && ops.numReadIntoRequests(stream) > 0) return true;
  return desiredSize(controller) > 0;
}

function callPullIfNeeded(controller) {
  u.callPullIfNeeded(controller, shouldCallPull, errorController);
}

function clearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function invalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function clearPendingPullIntos(controller) {
  invalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function errorController(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  clearPendingPullIntos(controller);
  u.resetQueue(state);
  clearAlgorithms(controller);
  ops.readableStreamError(state.stream, error);
}

function closeController(controller) {
  const state = controller[kState];
  if (state.closeRequested || state.stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  const first = state.pendingPullIntos[0];
  if (first !== undefined && first.bytesFilled % first.elementSize !== 0) {
    const error = u.invalidState('Partial read');
    errorController(controller, error);
    throw error;
  }
  clearAlgorithms(controller);
  ops.readableStreamClose(state.stream);
}

function enqueueChunk(controller, buffer, byteOffset, byteLength) {
  const state = controller[kState];
  state.queue.push({ buffer, byteOffset, byteLength });
  state.queueTotalSize += byteLength;
}

function enqueueClonedChunk(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    errorController(controller, error);
    throw error;
  }
  enqueueChunk(controller, clone, 0, byteLength);
}

function enqueueDetachedPullInto(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    enqueueClonedChunk(controller, descriptor.buffer, descriptor.byteOffset, descriptor.bytesFilled);
  }
  controller[kState].pendingPullIntos.shift();
}

function convertDescriptor(descriptor) {
  const buffer = u.transferArrayBuffer(descriptor.buffer);
  const Ctor = descriptor.viewConstructor;
  return new Ctor(buffer, descriptor.byteOffset, descriptor.bytesFilled / descriptor.elementSize);
}

function commitDescriptor(stream, descriptor) {
  const done = stream[kState].state === 'closed';
  const view = convertDescriptor(descriptor);
  if (descriptor.readerType === 'default') ops.fulfillReadRequest(stream, view, done);
  else ops.fulfillReadIntoRequest(stream, view, done);
}

/// Copies queued bytes into `descriptor`; true when it holds at least its minimum.
function fillDescriptorFromQueue(controller, descriptor) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize, descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % descriptor.elementSize);
  if (maxAlignedBytes >= descriptor.minimumFill) {
    remaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const { queue } = state;
  while (remaining > 0) {
    const head = queue[0];
    const count = Math.min(remaining, head.byteLength);
    u.copyDataBlockBytes(descriptor.buffer, descriptor.byteOffset + descriptor.bytesFilled,
      head.buffer, head.byteOffset, count);
    if (head.byteLength === count) {
      queue.shift();
    } else {
      head.byteOffset += count;
      head.byteLength -= count;
    }
    state.queueTotalSize -= count;
    descriptor.bytesFilled += count;
    remaining -= count;
  }
  return ready;
}

function handleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    clearAlgorithms(controller);
    ops.readableStreamClose(state.stream);
  } else {
    callPullIfNeeded(controller);
  }
}

function fillReadRequestFromQueue(controller, readRequest) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  handleQueueDrain(controller);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function processDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length > 0 && state.queueTotalSize !== 0) {
    const descriptor = state.pendingPullIntos[0];
    if (fillDescriptorFromQueue(controller, descriptor)) {
      state.pendingPullIntos.shift();
      filled.push(descriptor);
    }
  }
  return filled;
}

function processReadRequestsUsingQueue(controller) {
  const reader = controller[kState].stream[kState].reader;
  const requests = reader[kState].readRequests;
  while (requests.length > 0) {
    if (controller[kState].queueTotalSize === 0) return;
    fillReadRequestFromQueue(controller, requests.shift());
  }
}

function enqueue(controller, chunk) {
  const state = controller[kState];
  const { stream } = state;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (u.isDetached(buffer)) throw u.invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferred = u.transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (u.isDetached(first.buffer)) throw u.invalidState('The BYOB request\'s buffer has been detached');
    invalidateBYOBRequest(controller);
    first.buffer = u.transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullInto(controller, first);
  }
  if (ops.hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (ops.numReadRequests(stream) === 0) {
      enqueueChunk(controller, transferred, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) state.pendingPullIntos.shift();
      ops.fulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (ops.hasBYOBReader(stream)) {
    enqueueChunk(controller, transferred, byteOffset, byteLength);
    for (const descriptor of processDescriptorsUsingQueue(controller)) commitDescriptor(stream, descriptor);
  } else {
    enqueueChunk(controller, transferred, byteOffset, byteLength);
  }
  callPullIfNeeded(controller);
}

/// ReadableByteStreamControllerPullInto: a BYOB read of `view`, filled to at least `min` elements.
function pullInto(controller, view, min, readIntoRequest) {
  const state = controller[kState];
  const { stream } = state;
  let elementSize = 1;
  let viewConstructor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    // The intrinsic constructor of the view's kind (a Buffer gives back a Uint8Array).
    viewConstructor = globalThis[Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(view)];
  }
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = u.transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.error(error);
    return;
  }
  const descriptor = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill: min * elementSize, elementSize, viewConstructor, readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(descriptor);
    ops.addReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new viewConstructor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (fillDescriptorFromQueue(controller, descriptor)) {
      const filled = convertDescriptor(descriptor);
      handleQueueDrain(controller);
      readIntoRequest.chunk(filled);
      return;
    }
    if (state.closeRequested) {
      const error = u.invalidState('ReadableStream is already closed');
      errorController(controller, error);
      readIntoRequest.error(error);
      return;
    }
  }
  state.pendingPullIntos.push(descriptor);
  ops.addReadIntoRequest(stream, readIntoRequest);
  callPullIfNeeded(controller);
}

function respondInClosedState(controller, first) {
  const state = controller[kState];
  const { stream } = state;
  if (first.readerType === 'none') state.pendingPullIntos.shift();
  if (ops.hasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < ops.numReadIntoRequests(stream)) filled.push(state.pendingPullIntos.shift());
    for (const descriptor of filled) commitDescriptor(stream, descriptor);
  }
}

function respondInReadableState(controller, bytesWritten, descriptor) {
  const state = controller[kState];
  const { stream } = state;
  descriptor.bytesFilled += bytesWritten;
  if (descriptor.readerType === 'none') {
    enqueueDetachedPullInto(controller, descriptor);
    for (const filled of processDescriptorsUsingQueue(controller)) commitDescriptor(stream, filled);
    return;
  }
  if (descriptor.bytesFilled < descriptor.minimumFill) return;
  state.pendingPullIntos.shift();
  const remainder = descriptor.bytesFilled % descriptor.elementSize;
  if (remainder > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    enqueueClonedChunk(controller, descriptor.buffer, end - remainder, remainder);
  }
  descriptor.bytesFilled -= remainder;
  const filled = processDescriptorsUsingQueue(controller);
  commitDescriptor(stream, descriptor);
  for (const other of filled) commitDescriptor(stream, other);
}

function respondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  invalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') respondInClosedState(controller, first);
  else respondInReadableState(controller, bytesWritten, first);
  callPullIfNeeded(controller);
}

function respond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw u.argValue('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw u.argValue('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw u.invalidArgValueRange('bytesWritten', bytesWritten);
    }
  }
  first.buffer = u.transferArrayBuffer(first.buffer);
  respondInternal(controller, bytesWritten);
}

function respondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw u.argValue('view', view);
  } else if (view.byteLength === 0) {
    throw u.argValue('view', view);
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset ||
      first.bufferByteLength !== view.buffer.byteLength ||
      first.bytesFilled + view.byteLength > first.byteLength) {
    throw u.invalidArgValueRange('view', view);
  }
  const length = view.byteLength;
  first.buffer = u.transferArrayBuffer(view.buffer);
  respondInternal(controller, length);
}

module.exports = {
  desiredSize, callPullIfNeeded, clearAlgorithms, clearPendingPullIntos, invalidateBYOBRequest,
  errorController, closeController, enqueue, fillReadRequestFromQueue, pullInto, respond, respondWithNewView,
};
