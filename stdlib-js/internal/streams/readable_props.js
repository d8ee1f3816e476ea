'use strict';
// Readable's state getters (readableFlowing, readableEnded, ...).

function install(Readable) {
  const r = (self) => self._readableState;
  Object.defineProperties(Readable.prototype, {
    readable: {
      get() {
        const s = this._readableState;
        return !!s && s.readable !== false && !s.destroyed && !s.errorEmitted && !s.endEmitted;
      },
      set(val) {
        if (this._readableState) this._readableState.readable = !!val;
      },
      enumerable: false,
      configurable: true,
    },
    readableDidRead: { get() { return r(this).dataEmitted; }, enumerable: false, configurable: true },
    readableAborted: {
      get() {
        const s = r(this);
        return !!(s.readable !== false && (s.destroyed || s.errored) && !s.endEmitted);
      },
      enumerable: false,
      configurable: true,
    },
    readableHighWaterMark: { get() { return r(this).highWaterMark; }, enumerable: false, configurable: true },
    readableBuffer: { get() { return r(this) && r(this).buffer; }, enumerable: false, configurable: true },
    readableFlowing: {
      get() { return r(this).flowing; },
      set(state) { if (this._readableState) this._readableState.flowing = state; },
      enumerable: false,
      configurable: true,
    },
    readableLength: { get() { return r(this).length; }, enumerable: false, configurable: true },
    readableObjectMode: {
      get() { return this._readableState ? this._readableState.objectMode : false; },
      enumerable: false,
      configurable: true,
    },
    readableEncoding: {
      get() { return this._readableState ? this._readableState.encoding : null; },
      enumerable: false,
      configurable: true,
    },
    errored: {
      get() { return this._readableState ? this._readableState.errored : null; },
      enumerable: false,
      configurable: true,
    },
    closed: {
      get() { return this._readableState ? this._readableState.closed : false; },
      enumerable: false,
      configurable: true,
    },
    destroyed: {
      get() { return this._readableState ? this._readableState.destroyed : false; },
      set(value) { if (this._readableState) this._readableState.destroyed = value; },
      enumerable: false,
      configurable: true,
    },
    readableEnded: {
      get() { return this._readableState ? this._readableState.endEmitted : false; },
      enumerable: false,
      configurable: true,
    },
  });
}

module.exports = { install };
