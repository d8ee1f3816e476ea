'use strict';
// Writable's state getters (writableEnded, writableFinished, writableNeedDrain, ...).

function install(Writable) {
  const get = (fn) => ({ get: fn, enumerable: false, configurable: true });
  Object.defineProperties(Writable.prototype, {
    closed: get(function closed() { return this._writableState ? this._writableState.closed : false; }),
    destroyed: {
      get() { return this._writableState ? this._writableState.destroyed : false; },
      set(value) { if (this._writableState) this._writableState.destroyed = value; },
      enumerable: false,
      configurable: true,
    },
    writable: {
      get() {
        const w = this._writableState;
        return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
      },
      set(val) {
        if (this._writableState) this._writableState.writable = !!val;
      },
      enumerable: false,
      configurable: true,
    },
    writableFinished: get(function f() { return this._writableState ? this._writableState.finished : false; }),
    writableObjectMode: get(function f() { return this._writableState ? this._writableState.objectMode : false; }),
    writableBuffer: get(function f() { return this._writableState && this._writableState.getBuffer(); }),
    writableEnded: get(function f() { return this._writableState ? this._writableState.ending : false; }),
    writableNeedDrain: get(function f() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    }),
    writableHighWaterMark: get(function f() { return this._writableState && this._writableState.highWaterMark; }),
    writableCorked: get(function f() { return this._writableState ? this._writableState.corked : 0; }),
    writableLength: get(function f() { return this._writableState && this._writableState.length; }),
    errored: get(function f() { return this._writableState ? this._writableState.errored : null; }),
    writableAborted: get(function f() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    }),
  });
}

module.exports = { install };
