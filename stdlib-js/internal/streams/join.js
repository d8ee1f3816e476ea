'use strict';
// A Duplex joined to other streams: its writes go into `into` (its final callback runs when
// `finishedBy` emits 'finish'), its reads come from `from`, with backpressure both ways. Used by
// compose() (the first and last stages) and Duplex.from({ readable, writable }).

function join(d, { into, finishedBy = into, from }) {
  // The Duplex's callbacks waiting on the joined streams: for 'drain', 'finish' and 'readable'.
  const waiting = { drain: null, finish: null, readable: null };
  const release = (event, err) => {
    const cb = waiting[event];
    if (cb) {
      waiting[event] = null;
      cb(err);
    }
  };
  if (into) {
    d._write = function write(chunk, encoding, callback) {
      if (into.write(chunk, encoding)) callback();
      else waiting.drain = callback;
    };
    d._final = function final(callback) {
      into.end();
      waiting.finish = callback;
    };
    into.on('drain', () => release('drain'));
    finishedBy.on('finish', () => release('finish'));
  }
  if (from) {
    from.on('readable', () => release('readable'));
    from.on('end', () => d.push(null));
    d._read = function read() {
      while (true) {
        const buf = from.read();
        if (buf === null) {
          waiting.readable = read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }
  return {
    release,
    // Forgets every waiting callback (the Duplex is being destroyed).
    clear() {
      waiting.drain = null;
      waiting.finish = null;
      waiting.readable = null;
    },
  };
}

module.exports = { join };
