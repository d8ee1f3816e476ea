'use strict';
// compose(...streams): one Duplex that writes into the first stage and reads from the last,
// the stages joined by pipeline(); duplexPair(): two Duplexes wired to each other.

const { makeNodeError, AbortError } = require('internal/errors');
const { join } = require('internal/streams/join');
const { pipeline } = require('internal/streams/pipeline');
const u = require('internal/streams/utils');

function compose(...streams) {
  const Duplex = require('internal/streams/duplex');
  if (streams.length === 0) throw makeNodeError('ERR_MISSING_ARGS', 'streams');
  if (streams.length === 1) return Duplex.from(streams[0]);
  const given = [...streams];
  streams = streams.map(u.nodeStreamOfWeb);
  // Functions at the ends become Duplexes (the one at the head must take the writes).
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);
  for (let n = 0; n < streams.length; ++n) {
    if (!u.isNodeStream(streams[n])) continue;
    if (n < last && !u.isReadable(streams[n])) {
      throw makeNodeError('ERR_INVALID_ARG_VALUE', `streams[${n}]`, given[n], 'must be readable');
    }
    if (n > 0 && !u.isWritable(streams[n])) {
      throw makeNodeError('ERR_INVALID_ARG_VALUE', `streams[${n}]`, given[n], 'must be writable');
    }
  }
  const head = streams[0];
  // While the pipeline runs, destroying the Duplex waits for it to end (undefined: running).
  let onclose;
  const tail = pipeline(...streams, (err) => {
    const callback = onclose;
    onclose = null;
    if (callback) callback(err);
    else if (err) d.destroy(err);
    else if (!writable && !readable) d.destroy();
  });
  const writable = u.isWritableNodeStream(head);
  const readable = u.isReadableNodeStream(tail);
  const d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });
  const link = join(d, { into: writable && head, finishedBy: tail, from: readable && tail });
  d._destroy = function destroy(err, callback) {
    link.clear();
    if (!err && onclose !== null) err = new AbortError();
    if (onclose === null) {
      callback(err);
      return;
    }
    onclose = callback;
    // A web stream at the tail is left to the pipeline, as Node does.
    if (!u.isWebStream(given[last]) && tail && typeof tail.destroy === 'function') tail.destroy(err);
  };
  return d;
}

function duplexPair(options) {
  const Duplex = require('internal/streams/duplex');
  const make = () => new Duplex({ ...options, objectMode: options && options.objectMode });
  const a = make();
  const b = make();
  for (const [side, other] of [[a, b], [b, a]]) {
    side._write = function write(chunk, encoding, callback) {
      if (other.push(chunk)) callback();
      else other._pendingWrite = callback;
    };
    side._final = function final(callback) {
      other.push(null);
      callback();
    };
    side._read = function read() {
      const cb = side._pendingWrite;
      if (cb) {
        side._pendingWrite = null;
        cb();
      }
    };
  }
  return [a, b];
}

module.exports = { compose, duplexPair };
