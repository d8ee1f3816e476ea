'use strict';
// TransformStream and TransformStreamDefaultController (WHATWG Streams §6):
// a writable side whose chunks go through `transform` into a readable side,
// with the readable side's backpressure holding the writes back.

const u = require('internal/webstreams/util');
const dc = require('internal/webstreams/default_controller');
const wops = require('internal/webstreams/writable_ops');
const { createReadableStream } = require('internal/webstreams/readable');
const { createWritableStream } = require('internal/webstreams/writable');

const { kState } = u;
const kCreate = Symbol('kCreate');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    transformer = u.dictionary(transformer, 'transformer');
    writableStrategy = u.dictionary(writableStrategy, 'writableStrategy');
    readableStrategy = u.dictionary(readableStrategy, 'readableStrategy');
    if (transformer.readableType !== undefined) {
      throw u.invalidArgValueRange('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw u.invalidArgValueRange('transformer.writableType', transformer.writableType);
    }
    const readableHWM = u.extractHighWaterMark(readableStrategy, 0);
    const readableSize = u.extractSizeAlgorithm(readableStrategy);
    const writableHWM = u.extractHighWaterMark(writableStrategy, 1);
    const writableSize = u.extractSizeAlgorithm(writableStrategy);
    const start = u.method(transformer, 'start', 'transformer');
    const transform = u.method(transformer, 'transform', 'transformer');
    const flush = u.method(transformer, 'flush', 'transformer');
    const cancel = u.method(transformer, 'cancel', 'transformer');
    const startPromise = u.deferred();
    u.brand(this, 'TransformStream', {});
    initialize(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    const controller = setUpController(this,
      transform === undefined ? undefined : (chunk) => u.promiseCall(transform, transformer, chunk, controller),
      () => u.promiseCall(flush, transformer, controller),
      (reason) => u.promiseCall(cancel, transformer, reason));
    try {
      startPromise.resolve(start === undefined ? undefined : start.call(transformer, controller));
    } catch (error) {
      startPromise.resolve(Promise.reject(error));
      throw error;
    }
  }

  get readable() {
    check(this);
    return this[kState].readable;
  }

  get writable() {
    check(this);
    return this[kState].writable;
  }

  [u.customInspect](depth, options) {
    const { readable, writable, backpressure } = this[kState];
    return u.inspectAs(this, depth, options, 'TransformStream', { readable, writable, backpressure });
  }
}

u.webIDL(TransformStream, ['readable', 'writable']);

function check(self) {
  if (!u.isBrand(self, 'TransformStream')) throw u.invalidThis('TransformStream');
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kCreate) throw u.illegalConstructor();
    u.brand(this, 'TransformStreamDefaultController', {});
  }

  get desiredSize() {
    checkController(this);
    return dc.desiredSize(readableController(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    checkController(this);
    enqueue(this, chunk);
  }

  error(reason = undefined) {
    checkController(this);
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    checkController(this);
    terminate(this);
  }

  [u.customInspect](depth, options) {
    return u.inspectAs(this, depth, options, 'TransformStreamDefaultController', { stream: this[kState].stream });
  }
}

u.webIDL(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

function checkController(self) {
  if (!u.isBrand(self, 'TransformStreamDefaultController')) throw u.invalidThis('TransformStreamDefaultController');
}

const readableController = (stream) => stream[kState].readable[kState].controller;
const writableController = (stream) => stream[kState].writable[kState].controller;

function initialize(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const state = stream[kState];
  const start = () => startPromise;
  state.writable = createWritableStream(start, (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream), (reason) => sinkAbort(stream, reason), writableHWM, writableSize);
  state.readable = createReadableStream(start, () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason), readableHWM, readableSize);
  state.backpressure = undefined;
  state.backpressureChange = undefined;
  setBackpressure(stream, true);
  state.controller = undefined;
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = u.deferred();
  state.backpressure = backpressure;
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream[kState].controller);
  wops.controllerErrorIfNeeded(writableController(stream), error);
  unblockWrite(stream);
}

function transformStreamError(stream, error) {
  dc.errorController(readableController(stream), error);
  errorWritableAndUnblockWrite(stream, error);
}

function clearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function setUpController(stream, transform, flush, cancel) {
  const controller = new TransformStreamDefaultController(kCreate);
  Object.assign(controller[kState], {
    stream,
    transformAlgorithm: transform || ((chunk) => {
      try {
        enqueue(controller, chunk);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    }),
    flushAlgorithm: flush,
    cancelAlgorithm: cancel,
    finishPromise: undefined,
  });
  stream[kState].controller = controller;
  return controller;
}

function enqueue(controller, chunk) {
  const { stream } = controller[kState];
  const readable = readableController(stream);
  if (!dc.canCloseOrEnqueue(readable)) throw u.invalidState('Unable to enqueue');
  try {
    dc.enqueue(readable, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = dc.hasBackpressure(readable);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function terminate(controller) {
  const { stream } = controller[kState];
  dc.close(readableController(stream));
  errorWritableAndUnblockWrite(stream, u.invalidState('TransformStream has been terminated'));
}

function performTransform(controller, chunk) {
  const { stream } = controller[kState];
  const { transformAlgorithm, finishPromise } = controller[kState];
  if (transformAlgorithm === undefined) {
    // A write that raced a cancel or terminate: it fails with what the writable side is
    // errored with once the stream has finished.
    const writable = stream[kState].writable[kState];
    const fail = () => { throw writable.storedError ?? u.invalidState('TransformStream has been terminated'); };
    return u.promiseThen(finishPromise ?? Promise.resolve(), fail, fail);
  }
  return u.promiseThen(transformAlgorithm(chunk), undefined, (reason) => {
    transformStreamError(stream, reason);
    throw reason;
  });
}

function sinkWrite(stream, chunk) {
  const state = stream[kState];
  const { controller } = state;
  if (!state.backpressure) return performTransform(controller, chunk);
  return u.promiseThen(state.backpressureChange.promise, () => {
    const writable = state.writable[kState];
    if (writable.state === 'erroring') throw writable.storedError;
    return performTransform(controller, chunk);
  });
}

/// Settles the controller's finish promise once `promise` does (the shared shape of the sink's
/// abort and close and the source's cancel).
function finishWith(controller, promise, onFulfilled, onRejected) {
  const state = controller[kState];
  const finish = u.deferred();
  state.finishPromise = finish.promise;
  clearAlgorithms(controller);
  u.promiseThen(promise, () => {
    try {
      onFulfilled();
      finish.resolve();
    } catch (error) {
      finish.reject(error);
    }
  }, (reason) => {
    onRejected(reason);
    finish.reject(reason);
  });
  return finish.promise;
}

function sinkAbort(stream, reason) {
  const { controller, readable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  return finishWith(controller, controller[kState].cancelAlgorithm(reason), () => {
    if (readable[kState].state === 'errored') throw readable[kState].storedError;
    dc.errorController(readable[kState].controller, reason);
  }, (error) => dc.errorController(readable[kState].controller, error));
}

function sinkClose(stream) {
  const { controller, readable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  return finishWith(controller, controller[kState].flushAlgorithm(), () => {
    if (readable[kState].state === 'errored') throw readable[kState].storedError;
    dc.close(readable[kState].controller);
  }, (error) => dc.errorController(readable[kState].controller, error));
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const { controller, writable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  return finishWith(controller, controller[kState].cancelAlgorithm(reason), () => {
    if (writable[kState].state === 'errored') throw writable[kState].storedError;
    wops.controllerErrorIfNeeded(writable[kState].controller, reason);
    unblockWrite(stream);
  }, (error) => {
    wops.controllerErrorIfNeeded(writable[kState].controller, error);
    unblockWrite(stream);
  });
}

module.exports = { TransformStream, TransformStreamDefaultController };
