'use strict';
// A stream over a pipe or a terminal, on the reactor (runtime/ops/pipe.rs):
// what Node's net.Socket is for `process.stdin` on a pipe, and what
// tty.ReadStream stands on. Reading starts when the stream wants data and
// stops when its buffer is full (`push` returns false), so a paused stdin
// neither reads nor keeps the process alive. Writes go straight to the fd
// and wait on the reactor only when the pipe is full.

const { Duplex } = require('stream');
const binding = internalBinding('pipe');

function errnoException(errno, syscall) {
  return require('util')._errnoException(errno, syscall);
}

// Named as Node's net.Socket, whose part for pipes and terminals it is.
class Socket extends Duplex {
  constructor(options = {}) {
    const { fd, terminal = false, owned = false, readable = true, writable = true, manualStart = false } = options;
    super({ ...options, allowHalfOpen: options.allowHalfOpen ?? true, readable, writable, emitClose: true, autoDestroy: true });
    const handle = binding.open(fd, terminal, owned);
    if (typeof handle === 'number') throw errnoException(handle, 'open');
    this._handle = handle;
    this._handle.reading = false;
    this.fd = fd;
    this.bytesRead = 0;
    this._bytesWritten = 0;
    this.connecting = false;
    if (!readable) this.push(null);
    if (!writable) this._writableState.ended = true;
    // Node starts reading a socket at once unless told not to (stdin is not).
    if (readable && !manualStart) this.read(0);
  }

  get bytesWritten() { return this._bytesWritten; }
  get pending() { return false; }
  get readyState() {
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  }

  _read() {
    const handle = this._handle;
    if (handle === null || handle.reading) return;
    handle.reading = true;
    const status = binding.readStart(handle, (chunk) => this._onread(chunk));
    if (status < 0) {
      handle.reading = false;
      this.destroy(errnoException(status, 'read'));
    }
  }

  _onread(chunk) {
    const handle = this._handle;
    if (handle === null) return;
    if (typeof chunk === 'number') {
      handle.reading = false;
      this.destroy(errnoException(chunk, 'read'));
      return;
    }
    if (chunk === null) {
      handle.reading = false;
      this.push(null);
      // Let 'end' be emitted even if nobody reads any more.
      this.read(0);
      return;
    }
    this.bytesRead += chunk.length;
    if (!this.push(chunk)) this._readStop();
  }

  _readStop() {
    const handle = this._handle;
    if (handle === null || !handle.reading) return;
    handle.reading = false;
    binding.readStop(handle);
  }

  _write(chunk, encoding, callback) {
    if (this._handle === null) {
      callback(errnoException(-9 /* EBADF */, 'write'));
      return;
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    const status = binding.write(this._handle, bytes, (done) => {
      if (done === 0) this._bytesWritten += bytes.length;
      callback(done < 0 ? errnoException(done, 'write') : null);
    });
    if (status === 0) {
      this._bytesWritten += bytes.length;
      callback(null);
    } else if (status < 0) {
      callback(errnoException(status, 'write'));
    }
  }

  _destroy(err, callback) {
    const handle = this._handle;
    if (handle !== null) {
      this._handle = null;
      handle.reading = false;
      binding.close(handle);
    }
    callback(err);
  }

  ref() {
    if (this._handle !== null) binding.ref(this._handle);
    return this;
  }

  unref() {
    if (this._handle !== null) binding.unref(this._handle);
    return this;
  }
}

module.exports = { Socket, guessHandleType: binding.guessHandleType };
