'use strict';
// `tty`: isatty, and the terminal streams ReadStream and WriteStream.
//
// sous has no stream module yet, so both classes rest on a small
// EventEmitter base (internal/tty/base.js) that writes synchronously with
// fs.writeSync; once node:stream lands they are meant to become the
// net.Socket-like duplex streams Node's are. Colour depth follows Node's
// environment rules (internal/tty/color.js).

const binding = internalBinding('tty');
const { TTYStream } = require('internal/tty/base');
const { getColorDepth, hasColors } = require('internal/tty/color');

function errors() {
  return require('internal/errors');
}

require('internal/errors').define('ERR_INVALID_FD', RangeError, (fd) => `"fd" must be a positive integer: ${fd}`);

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

// Node's checks before a handle is made on `fd`.
function initTTY(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw errors().makeNodeError('ERR_INVALID_FD', fd);
  }
  const errno = binding.initErrno(fd);
  if (errno !== 0) {
    const { systemError, uvError } = require('internal/util/system_error');
    const [name, text] = uvError(errno);
    throw systemError('ERR_TTY_INIT_FAILED', 'TTY initialization failed', 'uv_tty_init', errno, name, text);
  }
}

// A terminal read as a stream on the reactor (internal/stdio/pipe.js, as
// Node's is a net.Socket). The stream machinery is linked in on the first
// construction, so that loading tty (as process.stdout on a terminal does)
// does not load node:stream.
function ReadStream(fd, options) {
  if (!new.target) return new ReadStream(fd, options);
  initTTY(fd);
  const { Socket } = require('internal/stdio/pipe');
  if (Object.getPrototypeOf(ReadStream.prototype) !== Socket.prototype) {
    Object.setPrototypeOf(ReadStream.prototype, Socket.prototype);
    Object.setPrototypeOf(ReadStream, Socket);
  }
  const stream = Reflect.construct(Socket, [{
    highWaterMark: 0,
    ...options,
    fd,
    terminal: true,
    readable: true,
    writable: false,
    manualStart: true,
  }], new.target);
  Object.defineProperty(stream, '_fd', { value: fd, writable: false, enumerable: false });
  stream.isRaw = false;
  stream.isTTY = true;
  return stream;
}

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const errno = binding.setRawMode(this._fd, flag);
  if (errno !== 0) {
    const { uvError } = require('internal/util/system_error');
    const [name, text] = uvError(errno);
    const err = new Error(`${text}, ${name}`);
    err.errno = -errno;
    err.code = name;
    err.syscall = 'setRawMode';
    this.emit('error', err);
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  initTTY(fd);
  TTYStream.call(this, fd);
  // Node reads the size once at construction and again on SIGWINCH.
  const size = binding.windowSize(fd);
  if (Array.isArray(size)) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, TTYStream.prototype);
Object.setPrototypeOf(WriteStream, TTYStream);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

WriteStream.prototype._refreshSize = function _refreshSize() {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const size = binding.windowSize(this._fd);
  if (!Array.isArray(size)) {
    this.emit('error', new Error('Failed to read the terminal size'));
    return;
  }
  [this.columns, this.rows] = size;
  if (oldCols !== this.columns || oldRows !== this.rows) this.emit('resize');
};

// Cursor control: the ANSI sequences readline's helpers write.
const CSI = '\x1b[';
WriteStream.prototype.cursorTo = function cursorTo(x, y, cb) {
  if (typeof y === 'function') { cb = y; y = undefined; }
  const seq = typeof y === 'number' ? `${CSI}${y + 1};${x + 1}H` : `${CSI}${x + 1}G`;
  return this.write(seq, cb);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, cb) {
  let seq = '';
  if (dx < 0) seq += `${CSI}${-dx}D`;
  else if (dx > 0) seq += `${CSI}${dx}C`;
  if (dy < 0) seq += `${CSI}${-dy}A`;
  else if (dy > 0) seq += `${CSI}${dy}B`;
  return this.write(seq, cb);
};
WriteStream.prototype.clearLine = function clearLine(dir, cb) {
  const seq = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return this.write(seq, cb);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(cb) {
  return this.write(`${CSI}0J`, cb);
};
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

// process.stdout/stderr on a terminal: sous's own stream object takes the
// WriteStream's methods and size (it is not an instance: Node's is).
function adoptStdio(stream, fd) {
  for (const name of ['getColorDepth', 'hasColors', '_refreshSize', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'getWindowSize']) {
    stream[name] = WriteStream.prototype[name];
  }
  Object.defineProperty(stream, '_fd', { value: fd, enumerable: false });
  const size = binding.windowSize(fd);
  if (Array.isArray(size)) [stream.columns, stream.rows] = size;
}

module.exports = { isatty, ReadStream, WriteStream };
Object.defineProperty(module.exports, '_adoptStdio', { value: adoptStdio, enumerable: false });
