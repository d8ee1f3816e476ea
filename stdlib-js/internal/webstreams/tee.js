'use strict';
// ReadableStream.prototype.tee (WHATWG Streams §4.9.1 ReadableStreamTee):
// two branches that each see every chunk; cancelling the source waits for
// both. Byte streams get byte branches that copy each chunk once.

const u = require('internal/webstreams/util');
const ops = require('internal/webstreams/readable_ops');
const dc = require('internal/webstreams/default_controller');
const q = require('internal/webstreams/byte_queue');
const { isByteController } = require('internal/webstreams/byte_controller');
const { ReadableStreamDefaultReader, ReadableStreamBYOBReader } = require('internal/webstreams/readers');

const { kState } = u;

/// ReadableStreamTee; `cloneForBranch2` gives the second branch of a default stream
/// structured clones of the chunks.
function tee(stream, cloneForBranch2 = false) {
  const { createReadableStream, createReadableByteStream } = require('internal/webstreams/readable');
  return isByteController(stream[kState].controller) ?
    byteTee(stream, createReadableByteStream) : defaultTee(stream, createReadableStream, cloneForBranch2);
}

/// stream/web's ReadableStreamTee(stream, cloneForBranch2), which Node exports too.
function ReadableStreamTee(stream, cloneForBranch2 = false) {
  if (!ops.isReadableStream(stream)) throw u.argType('stream', 'ReadableStream', stream);
  if (typeof cloneForBranch2 !== 'boolean') throw u.argType('cloneForBranch2', 'boolean', cloneForBranch2);
  return tee(stream, cloneForBranch2);
}

/// The cancel algorithms both kinds of tee share: the source is cancelled with both reasons
/// once both branches are.
function cancelling(stream, shared) {
  const cancel = (index) => (reason) => {
    shared.canceled[index] = true;
    shared.reasons[index] = reason;
    if (shared.canceled[1 - index]) {
      shared.cancelPromise.resolve(ops.readableStreamCancel(stream, [shared.reasons[0], shared.reasons[1]]));
    }
    return shared.cancelPromise.promise;
  };
  return [cancel(0), cancel(1)];
}

// A pull while a read is under way is dropped (the branches pull again once they get the
// chunk), and the close reaches the branches on the next tick: Node's timing.
function defaultTee(stream, createReadableStream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  const shared = { canceled: [false, false], reasons: [undefined, undefined], cancelPromise: u.deferred() };
  const { canceled } = shared;
  let reading = false;
  const branches = [];

  const pull = () => {
    if (reading) return Promise.resolve();
    reading = true;
    ops.defaultReaderRead(reader, {
      chunk: (chunk) => queueMicrotask(() => {
        reading = false;
        const second = !canceled[1] && cloneForBranch2 ? structuredClone(chunk) : chunk;
        if (!canceled[0]) dc.enqueue(branches[0][kState].controller, chunk);
        if (!canceled[1]) dc.enqueue(branches[1][kState].controller, second);
      }),
      close: () => process.nextTick(() => {
        reading = false;
        if (!canceled[0]) dc.close(branches[0][kState].controller);
        if (!canceled[1]) dc.close(branches[1][kState].controller);
        if (!canceled[0] || !canceled[1]) shared.cancelPromise.resolve();
      }),
      error: () => { reading = false; },
    });
    return Promise.resolve();
  };

  const [cancel1, cancel2] = cancelling(stream, shared);
  branches.push(createReadableStream(() => undefined, pull, cancel1));
  branches.push(createReadableStream(() => undefined, pull, cancel2));
  u.promiseThen(reader[kState].closed.promise, undefined, (error) => {
    dc.errorController(branches[0][kState].controller, error);
    dc.errorController(branches[1][kState].controller, error);
    if (!canceled[0] || !canceled[1]) shared.cancelPromise.resolve();
  });
  return branches;
}

function byteTee(stream, createReadableByteStream) {
  let reader = new ReadableStreamDefaultReader(stream);
  const shared = { canceled: [false, false], reasons: [undefined, undefined], cancelPromise: u.deferred() };
  const { canceled } = shared;
  let reading = false;
  const readAgain = [false, false];
  const branches = [];
  const controllerOf = (i) => branches[i][kState].controller;

  const errorBoth = (error) => {
    q.errorController(controllerOf(0), error);
    q.errorController(controllerOf(1), error);
  };

  const forwardReaderError = (thisReader) => {
    u.promiseThen(thisReader[kState].closed.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      errorBoth(error);
      if (!canceled[0] || !canceled[1]) shared.cancelPromise.resolve();
    });
  };

  // Copies `chunk` for the second branch; on failure errors both and cancels the source.
  const cloneOrCancel = (chunk) => {
    try {
      return u.cloneAsUint8Array(chunk);
    } catch (error) {
      errorBoth(error);
      shared.cancelPromise.resolve(ops.readableStreamCancel(stream, error));
      return undefined;
    }
  };

  const pullAgain = () => {
    reading = false;
    if (readAgain[0]) pulls[0]();
    else if (readAgain[1]) pulls[1]();
  };

  const pullWithDefaultReader = () => {
    if (ops.isBYOBReader(reader)) {
      ops.readerGenericRelease(reader);
      ops.errorReadIntoRequests(reader, u.invalidState('Releasing reader'));
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    ops.defaultReaderRead(reader, {
      chunk: (chunk) => queueMicrotask(() => {
        readAgain[0] = readAgain[1] = false;
        let chunk2 = chunk;
        if (!canceled[0] && !canceled[1]) {
          chunk2 = cloneOrCancel(chunk);
          if (chunk2 === undefined) return;
        }
        if (!canceled[0]) q.enqueue(controllerOf(0), chunk);
        if (!canceled[1]) q.enqueue(controllerOf(1), chunk2);
        pullAgain();
      }),
      close: () => {
        reading = false;
        for (const i of [0, 1]) if (!canceled[i]) q.closeController(controllerOf(i));
        for (const i of [0, 1]) {
          if (controllerOf(i)[kState].pendingPullIntos.length > 0) q.respond(controllerOf(i), 0);
        }
        if (!canceled[0] || !canceled[1]) shared.cancelPromise.resolve();
      },
      error: () => { reading = false; },
    });
  };

  const pullWithBYOBReader = (view, forBranch) => {
    if (ops.isDefaultReader(reader)) {
      ops.defaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const other = 1 - forBranch;
    const request = {
      chunk: (chunk) => queueMicrotask(() => {
        readAgain[0] = readAgain[1] = false;
        if (!canceled[other]) {
          const cloned = cloneOrCancel(chunk);
          if (cloned === undefined) return;
          if (!canceled[forBranch]) q.respondWithNewView(controllerOf(forBranch), chunk);
          q.enqueue(controllerOf(other), cloned);
        } else if (!canceled[forBranch]) {
          q.respondWithNewView(controllerOf(forBranch), chunk);
        }
        pullAgain();
      }),
      close: (chunk) => {
        reading = false;
        if (!canceled[forBranch]) q.closeController(controllerOf(forBranch));
        if (!canceled[other]) q.closeController(controllerOf(other));
        if (chunk !== undefined) {
          if (!canceled[forBranch]) q.respondWithNewView(controllerOf(forBranch), chunk);
          if (!canceled[other] && controllerOf(other)[kState].pendingPullIntos.length > 0) {
            q.respond(controllerOf(other), 0);
          }
        }
        if (!canceled[forBranch] || !canceled[other]) shared.cancelPromise.resolve();
      },
      error: () => { reading = false; },
    };
    stream[kState].disturbed = true;
    if (stream[kState].state === 'errored') request.error(stream[kState].storedError);
    else q.pullInto(stream[kState].controller, view, 1, request);
  };

  const pulls = [0, 1].map((i) => () => {
    if (reading) {
      readAgain[i] = true;
      return Promise.resolve();
    }
    reading = true;
    const request = controllerOf(i).byobRequest;
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request[kState].view, i);
    return Promise.resolve();
  });

  const [cancel1, cancel2] = cancelling(stream, shared);
  branches.push(createReadableByteStream(() => undefined, pulls[0], cancel1));
  branches.push(createReadableByteStream(() => undefined, pulls[1], cancel2));
  forwardReaderError(reader);
  return branches;
}

module.exports = { tee, ReadableStreamTee };
