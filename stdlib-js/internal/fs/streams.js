'use strict';
// fs.ReadStream and fs.WriteStream: a Readable and a Writable over an fd, read and written in
// chunks through the fs calls (on the pool), never the whole file at once. Node 24's behaviour:
// the fd is opened in _construct ('open' then 'ready'), closed by _destroy (after any read or
// write in flight), `start`/`end` positions, `fs` to swap the calls, `fd` as a number or a
// FileHandle.

const { Buffer } = require('buffer');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const eos = require('internal/streams/end_of_stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  binding, nodeError, getOptions, validateFunction, validateInteger, validateBoolean, validateFd,
  getValidatedPath, kFileHandle, kRef, kUnref,
} = require('internal/fs/utils');
const { isURLLike } = require('internal/url/is_url');
// URL handling loads with the first URL path.
const fileURLToPath = (url) => require('internal/url/file').fileURLToPath(url);
const { deprecate } = require('util');
const fs = require('fs');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');
// fs.read as loaded: while a stream's `fs` still has it, _read asks the native directly for a
// Buffer of what was read (no buffer to fill and shrink); a patched fs.read is called instead.
const defaultRead = fs.read;

/// The calls a stream over a FileHandle makes: its promise methods with callbacks.
function fileHandleOperations(handle) {
  return {
    open() { throw nodeError('ERR_METHOD_NOT_IMPLEMENTED', 'open()'); },
    close(fd, cb) {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    fsync(fd, cb) { handle.sync().then(() => cb(), cb); },
    read(fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, pos, cb) {
      handle.writev(buffers, pos).then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
  };
}

/// `options.fd`: a number (kept as is, with `options.fs` or fs) or a FileHandle (its methods
/// become the stream's calls, and its 'close' closes the stream).
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fs;
    return options.fd;
  }
  if (typeof options.fd === 'object' && options.fd !== null && options.fd[kFileHandle] === true) {
    if (options.fs) throw nodeError('ERR_METHOD_NOT_IMPLEMENTED', 'FileHandle with fs');
    stream[kFs] = fileHandleOperations(options.fd);
    // The handle's fd stays open until the stream closes too.
    options.fd[kRef]();
    options.fd.on('close', stream.close.bind(stream));
    return options.fd.fd;
  }
  throw nodeError('ERR_INVALID_ARG_TYPE', 'options.fd', ['number', 'FileHandle'], options.fd);
}

/// The part both constructors share: the fd or the path to open, `fs`, autoClose, start.
function setUp(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || fs;
    validateFunction(stream[kFs].open, 'options.fs.open');
    // The path is ignored when an fd is given, so only checked here.
    stream.path = isURLLike(path) ? fileURLToPath(path) : path;
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    getValidatedPath(stream.path);
  } else {
    stream.fd = validateFd(importFd(stream, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  stream.start = options.start;
  stream.pos = undefined;
  stream[kIsPerformingIO] = false;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
}

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    // An open() patched on the stream (old graceful-fs): it reports through 'open' or 'error'.
    const originalEmit = stream.emit;
    stream.emit = function emit(...args) {
      if (args[0] === 'open') {
        this.emit = originalEmit;
        callback();
        Reflect.apply(originalEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = originalEmit;
        callback(args[1]);
      } else {
        Reflect.apply(originalEmit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

/// Closes the fd (after an fsync with `flush`); `cb(err)` when done.
function close(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeAfterSync(stream, err || flushErr, cb));
  } else {
    closeAfterSync(stream, err, cb);
  }
}

function closeAfterSync(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

/// _destroy of both: an fd is not closed under a read or write still running on the pool.
function destroyStream(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
  else close(this, err, cb);
}


/// `autoClose`: the side's autoDestroy (read on the prototype itself: ERR_INVALID_THIS).
function autoCloseProperty(Class, side) {
  const stateOf = (stream) => {
    if (!(stream instanceof Class) || !stream[side]) throw nodeError('ERR_INVALID_THIS', Class.name);
    return stream[side];
  };
  return {
    get() { return stateOf(this).autoDestroy; },
    set(value) { stateOf(this).autoDestroy = value; },
  };
}

/// What both classes share: the base class, `autoClose`, `pending`, _construct, and the
/// deprecated open(), a no-op (a stream given its own open() is opened by calling it): returned.
function inherit(Class, Base, side) {
  Object.setPrototypeOf(Class.prototype, Base.prototype);
  Object.setPrototypeOf(Class, Base);
  Object.defineProperty(Class.prototype, 'autoClose', autoCloseProperty(Class, side));
  Object.defineProperty(Class.prototype, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });
  Class.prototype.open = deprecate(() => {}, `${Class.name}.prototype.open() is deprecated`, 'DEP0135');
  Class.prototype._construct = construct;
  return Class.prototype.open;
}

/// A copy of the options with the ones they inherit (as Node's copyObject).
function copyOptions(options) {
  const copy = {};
  for (const key in options) copy[key] = options[key];
  return copy;
}

// ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setUp(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.end = options.end ?? Infinity;
  this.bytesRead = 0;
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw nodeError('ERR_OUT_OF_RANGE', 'start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
const openReadFs = inherit(ReadStream, Readable, '_readableState');

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const done = (err, bytesRead, buf) => {
    this[kIsPerformingIO] = false;
    // The fd may be closed now that no read is running: _destroy waits for this.
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      // A short read: a copy of what was read, not a view that keeps the whole buffer.
      if (bytesRead !== buf.length) buf = Buffer.from(buf.subarray(0, bytesRead));
      this.push(buf);
    } else {
      this.push(null);
    }
  };
  this[kIsPerformingIO] = true;
  if (this[kFs] === fs && fs.read === defaultRead) {
    const position = this.pos === undefined ? -1 : this.pos;
    binding.read(this.fd, n, position, (err, bytes) => done(err, err ? 0 : bytes.length, bytes));
  } else {
    this[kFs].read(this.fd, Buffer.allocUnsafeSlow(n), 0, n, this.pos, done);
  }
};

ReadStream.prototype._destroy = destroyStream;

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') eos(this, cb);
  this.destroy();
};

// WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(getOptions(options, {}));
  // Strings are written as Buffers.
  options.decodeStrings = true;
  setUp(this, path, options, 'w');
  const calls = this[kFs];
  if (!calls.write && !calls.writev) throw nodeError('ERR_INVALID_ARG_TYPE', 'options.fs.write', 'function', calls.write);
  if (calls.write) validateFunction(calls.write, 'options.fs.write');
  if (calls.writev) validateFunction(calls.writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(calls.close, 'options.fs.close');
  // Overriding either one is enough: only the given one is used.
  if (!calls.write) this._write = null;
  if (!calls.writev) this._writev = null;
  this.bytesWritten = 0;
  this.flush = options.flush == null ? false : validateBoolean(options.flush, 'options.flush');
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
const openWriteFs = inherit(WriteStream, Writable, '_writableState');

/// Writes `size` bytes of `data` (a Buffer, or with `vector` an array of them) at `pos`, again
/// after a short write (up to 5 times in a row with nothing written); EAGAIN counts as nothing.
function writeAll(stream, vector, data, size, pos, cb, retries = 0) {
  const written = (err, bytesWritten) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || err) return cb(err || nodeError('ERR_STREAM_DESTROYED', vector ? 'writev' : 'write'));
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined) pos += bytesWritten;
    if (retries > 5) {
      cb(new Error(vector ? 'writev failed' : 'write failed'));
    } else if (size) {
      const rest = vector ? [Buffer.concat(data).slice(bytesWritten)] : data.slice(bytesWritten);
      writeAll(stream, vector, rest, size, pos, cb, retries);
    } else {
      cb();
    }
  };
  if (vector) stream[kFs].writev(stream.fd, data, pos, written);
  else stream[kFs].write(stream.fd, data, 0, size, pos, written);
}

/// The callback of a write: after a destroy, _destroy is told the fd is free.
function afterWrite(stream, cb) {
  return (err) => {
    stream[kIsPerformingIO] = false;
    cb(err);
    if (stream.destroyed) stream.emit(kIoDone, err);
  };
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, false, data, data.length, this.pos, afterWrite(this, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(data, cb) {
  const chunks = data.map((entry) => entry.chunk);
  const size = chunks.reduce((n, chunk) => n + chunk.length, 0);
  this[kIsPerformingIO] = true;
  writeAll(this, true, chunks, size, this.pos, afterWrite(this, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroyStream;

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, 'finish' is when it closes.
  if (!this.autoClose) this.on('finish', this.destroy);
  // end(), not destroy(): what was written still goes out (nodejs/node#2006).
  this.end();
};

// There is no shutdown() for files.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
