'use strict';
// ReadableStream.prototype.pipeTo and pipeThrough (WHATWG Streams
// §4.9.1 ReadableStreamPipeTo): read, wait for the destination's
// backpressure, write; and carry closing, errors and aborts across.

const u = require('internal/webstreams/util');
const ops = require('internal/webstreams/readable_ops');
const wops = require('internal/webstreams/writable_ops');
const dc = require('internal/webstreams/default_controller');
const { ReadableStreamDefaultReader } = require('internal/webstreams/readers');
const { WritableStreamDefaultWriter } = require('internal/webstreams/writable');

const { kState } = u;

function pipeOptions(options) {
  options = u.dictionary(options, 'options');
  const { signal } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw u.argType('options.signal', 'AbortSignal', signal);
  }
  return {
    preventClose: !!options.preventClose,
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    signal,
  };
}

function pipeTo(source, destination, options) {
  if (!ops.isReadableStream(source)) return Promise.reject(u.invalidThis('ReadableStream'));
  if (!wops.isWritableStream(destination)) {
    return Promise.reject(u.argType('transform.writable', 'WritableStream', destination));
  }
  try {
    options = pipeOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  if (ops.isLocked(source)) return Promise.reject(u.invalidState('The ReadableStream is locked'));
  if (wops.isLocked(destination)) return Promise.reject(u.invalidState('The WritableStream is locked'));
  return readableStreamPipeTo(source, destination, options);
}

function pipeThrough(source, transform, options) {
  const { readable, writable } = transform === null || typeof transform !== 'object' ? {} : transform;
  if (!ops.isReadableStream(readable)) throw u.argType('transform.readable', 'ReadableStream', readable);
  if (!wops.isWritableStream(writable)) throw u.argType('transform.writable', 'WritableStream', writable);
  options = pipeOptions(options);
  if (ops.isLocked(source)) throw u.invalidState('The ReadableStream is locked');
  if (wops.isLocked(writable)) throw u.invalidState('The WritableStream is locked');
  u.markHandled(readableStreamPipeTo(source, writable, options));
  return readable;
}

function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const reader = new ReadableStreamDefaultReader(source);
  const writer = new WritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const done = u.deferred();
  let onAbort;

  const waitForWrites = () => {
    const write = currentWrite;
    return u.promiseThen(write, () => (write !== currentWrite ? waitForWrites() : undefined));
  };

  const finalize = (isError, error) => {
    wops.writerRelease(writer);
    ops.defaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', onAbort);
    if (isError) done.reject(error);
    else done.resolve();
  };

  const destWritableAndOpen = () => dest[kState].state === 'writable' && !wops.closeQueuedOrInFlight(dest);

  const shutdownWithAction = (action, isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      u.promiseThen(action(), () => finalize(isError, error), (newError) => finalize(true, newError));
    };
    if (destWritableAndOpen()) u.promiseThen(waitForWrites(), doTheRest);
    else doTheRest();
  };

  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destWritableAndOpen()) u.promiseThen(waitForWrites(), () => finalize(isError, error));
    else finalize(isError, error);
  };

  if (signal !== undefined) {
    onAbort = () => {
      // Node's own AbortError reaches the streams as a DOMException.
      const { AbortError } = require('internal/errors');
      const error = signal.reason instanceof AbortError ?
        new DOMException(signal.reason.message, 'AbortError') : signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? wops.abort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ?
          ops.readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      onAbort();
      return done.promise;
    }
    signal.addEventListener('abort', onAbort, { once: true });
  }

  // Errors must be propagated forward, then backward; closing forward, then backward.
  const sourceErrored = (error) => {
    if (!preventAbort) shutdownWithAction(() => wops.abort(dest, error), true, error);
    else shutdown(true, error);
  };
  const destErrored = (error) => {
    if (!preventCancel) shutdownWithAction(() => ops.readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  };
  const sourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => wops.writerCloseWithErrorPropagation(writer));
    else shutdown();
  };
  const destClosed = () => {
    const error = u.invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAction(() => ops.readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  };

  watch(source, reader[kState].closed.promise, sourceClosed, sourceErrored);
  watch(dest, writer[kState].closed.promise, undefined, destErrored);
  if (wops.closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') destClosed();

  // A step waits for the destination to want more, then writes what the source has queued
  // (all of it, while the destination keeps wanting more) or reads one chunk: the same awaits
  // as Node's loop, so the source is pulled, and the sink written, at the same moments.
  const step = async () => {
    if (shuttingDown) return true;
    if (dest[kState].backpressure) {
      await writer[kState].ready.promise;
      if (shuttingDown) return true;
    }
    const { controller } = source[kState];
    if (source[kState].state === 'readable' && u.isBrand(controller, 'ReadableStreamDefaultController') &&
        u.queueLength(controller[kState]) > 0) {
      writeQueued(controller);
      dc.callPullIfNeeded(controller);
      return source[kState].state === 'closed';
    }
    const read = u.deferred();
    ops.defaultReaderRead(reader, {
      chunk: (chunk) => queueMicrotask(() => {
        write(chunk);
        read.resolve(false);
      }),
      close: () => read.resolve(true),
      error: read.reject,
    });
    return read.promise;
  };
  const write = (chunk) => {
    currentWrite = wops.writerWrite(writer, chunk);
    u.markHandled(currentWrite);
    currentWrite = u.promiseThen(currentWrite, undefined, () => {});
  };
  const writeQueued = (controller) => {
    const state = controller[kState];
    while (u.queueLength(state) > 0 && !shuttingDown) {
      const chunk = u.dequeueValue(state);
      if (state.closeRequested && u.queueLength(state) === 0) {
        dc.clearAlgorithms(controller);
        ops.readableStreamClose(source);
      }
      write(chunk);
      if (dest[kState].backpressure || !destWritableAndOpen()) break;
    }
  };
  const run = async () => {
    while (!await step());
  };
  u.markHandled(run());
  return done.promise;
}

/// Runs `onClose` or `onError` once `stream` is closed or errored (now, if it already is).
function watch(stream, closedPromise, onClose, onError) {
  const state = stream[kState];
  if (state.state === 'errored') {
    onError(state.storedError);
  } else if (onClose !== undefined && state.state === 'closed') {
    onClose();
  } else {
    u.promiseThen(closedPromise, onClose, onError);
  }
}

module.exports = { pipeTo, pipeThrough };
