'use strict';
// Duplex.from(body): a Duplex out of a stream, a promise, an iterable, a function, or
// { readable, writable }.

const { makeNodeError } = require('internal/errors');
const u = require('internal/streams/utils');
const eos = require('internal/streams/end_of_stream');
const { join } = require('internal/streams/join');

function duplexify(body, name) {
  const Duplex = require('internal/streams/duplex');
  const Readable = require('internal/streams/readable');
  if (u.isDuplexNodeStream(body)) return body;
  if (u.isReadableStream(body)) return fromPair({ readable: Readable.fromWeb(body) });
  if (u.isWritableStream(body)) return fromPair({ writable: require('internal/streams/writable').fromWeb(body) });
  if (u.isReadableNodeStream(body)) return fromPair({ readable: body });
  if (u.isWritableNodeStream(body)) return fromPair({ writable: body });
  if (u.isNodeStream(body)) return fromPair({ writable: false, readable: false });
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (u.isIterable(value)) {
      return require('internal/streams/readable_iter').from(Duplex, value, { objectMode: true, write, final, destroy });
    }
    if (value && typeof value.then === 'function') {
      let d;
      const promise = value.then((val) => {
        if (val != null) throw makeNodeError('ERR_INVALID_RETURN_VALUE', 'nully', 'body', val);
      }, (err) => require('internal/streams/destroy').destroyer(d, err));
      d = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw makeNodeError('ERR_INVALID_RETURN_VALUE', 'Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  if (require('internal/buffer/blob').isBlob(body)) return duplexify(body.arrayBuffer(), name);
  if (u.isIterable(body)) return Readable.from(body, { objectMode: true, writable: false });
  if (body && typeof body.then === 'function') {
    let d;
    body.then((val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => d.destroy(err));
    d = new Duplex({ objectMode: true, writable: false, read() {} });
    return d;
  }
  if (body && typeof body === 'object' && (body.readable !== undefined || body.writable !== undefined)) {
    const readable = body.readable && u.isReadableNodeStream(body.readable) ? body.readable : body.readable &&
      duplexify(body.readable);
    const writable = body.writable && u.isWritableNodeStream(body.writable) ? body.writable : body.writable &&
      duplexify(body.writable);
    return fromPair({ readable, writable });
  }
  throw makeNodeError('ERR_INVALID_ARG_TYPE', name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream',
    'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);

  // A Duplex whose writes go to `writable` and whose reads come from `readable`.
  function fromPair({ readable, writable }) {
    const r = readable && u.isReadableNodeStream(readable);
    const w = writable && u.isWritableNodeStream(writable);
    const d = new Duplex({
      readableObjectMode: !!(readable && readable.readableObjectMode),
      writableObjectMode: !!(writable && writable.writableObjectMode),
      readable: !!r,
      writable: !!w,
    });
    // The end-of-stream watchers come first, as their listeners must run before the join's.
    let link;
    if (w) {
      eos(writable, (err) => {
        if (err) d.destroy(err);
        if (link) link.release('finish', err);
      });
    }
    if (r) {
      eos(readable, (err) => {
        if (err) d.destroy(err);
        else if (!readable.readable) d.push(null);
      });
    }
    link = join(d, { into: w && writable, from: r && readable });
    d._destroy = function destroy(err, callback) {
      link.clear();
      if (r) readable.destroy(err);
      if (w) writable.destroy(err);
      callback(err);
    };
    return d;
  }
}

// Runs fn on an async generator fed by the Duplex's writes; its result is the readable side.
function fromAsyncGen(fn) {
  let resolve;
  let promise = new Promise((res) => {
    resolve = res;
  });
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn((async function* writes() {
    while (true) {
      const pending = promise;
      promise = null;
      const { chunk, done, cb } = await pending;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
      promise = new Promise((res) => {
        resolve = res;
      });
      yield chunk;
    }
  })(), { signal });
  const settle = (result) => {
    const r = resolve;
    resolve = null;
    r(result);
  };
  return {
    value,
    write(chunk, encoding, cb) {
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

module.exports = duplexify;
