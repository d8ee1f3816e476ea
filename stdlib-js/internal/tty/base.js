'use strict';
// The base tty.ReadStream and tty.WriteStream stand on until sous has
// node:stream: an EventEmitter that writes to its descriptor synchronously
// (as Node's tty writes are on Linux). Reading is not offered yet.

const EventEmitter = require('events');

function TTYStream(fd) {
  EventEmitter.call(this);
  Object.defineProperty(this, '_fd', { value: fd, writable: false, enumerable: false });
  this.readable = false;
  this.writable = true;
  this.destroyed = false;
}
Object.setPrototypeOf(TTYStream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(TTYStream, EventEmitter);

TTYStream.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (typeof chunk === 'string' && encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
    chunk = require('buffer').Buffer.from(chunk, encoding);
  }
  // stdout and stderr go through process's streams, which keep sous's
  // output in order; other descriptors are written directly.
  if (this._fd === 1 || this._fd === 2) {
    return (this._fd === 1 ? process.stdout : process.stderr).write(chunk, cb);
  }
  let error = null;
  try {
    require('fs').writeFileSync(this._fd, chunk);
  } catch (err) {
    error = err;
  }
  if (typeof cb === 'function') process.nextTick(cb, error);
  if (error !== null) process.nextTick(() => this.emit('error', error));
  return error === null;
};

TTYStream.prototype.end = function end(chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
  if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
  this.writable = false;
  if (typeof cb === 'function') process.nextTick(cb);
  process.nextTick(() => this.emit('finish'));
  return this;
};

TTYStream.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this.writable = false;
  process.nextTick(() => {
    if (err) this.emit('error', err);
    this.emit('close');
  });
  return this;
};

module.exports = { TTYStream };
