'use strict';
// ZlibBase: the Transform every zlib, Brotli and zstd stream is. Each
// written chunk goes through the handle in steps of one output buffer
// (`chunkSize` bytes, less what the last step used of it), on the pool;
// each step's output is pushed, and a full readable side pauses the chunk
// until it is read. The `*Sync` forms run the same steps inline
// (`processChunkSync`).

const { Transform } = require('internal/streams/transform');
const finished = require('internal/streams/end_of_stream');
const { makeNodeError } = require('internal/errors');
const { checkRangesOrGetDefault, validateFiniteNumber } = require('internal/zlib/options');
const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA,
  ZSTD_e_continue, ZSTD_e_end,
} = require('internal/zlib/constants');

// Read once, when zlib loads, as Node does (a test may lower it first).
const { kMaxLength } = require('buffer');

// The flush flags each kind of stream takes (`_flushBoundIdx`).
const kFlushBounds = [
  [Z_NO_FLUSH, Z_BLOCK],
  [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA],
  [ZSTD_e_continue, ZSTD_e_end],
];

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const owner = Symbol('owner');

// How strongly each flush flag flushes, to keep the stronger of two.
const flushiness = [];
[Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH]
  .forEach((flag, i) => { flushiness[flag] = i; });
const maxFlush = (a, b) => (flushiness[a] > flushiness[b] ? a : b);

// The empty chunks `flush(kind)` writes: the flag rides on the chunk.
const kFlushBuffers = [];
for (const flag of [Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK]) {
  kFlushBuffers[flag] = Buffer.alloc(0);
  kFlushBuffers[flag][kFlushFlag] = flag;
}

/// The handle's error: the stream is destroyed with it (there is no
/// recovering from a zlib error), and sync callers throw it.
function zlibOnError(message, errno, code) {
  const self = this[owner];
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush, flushBoundIdx }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw makeNodeError('ERR_OUT_OF_RANGE', 'options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    const [lowest, highest] = kFlushBounds[flushBoundIdx];
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', lowest, highest, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', lowest, highest, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[owner] = this;
  handle.onerror = zlibOnError;
  // Node's output buffer: the natives write steps into buffers of their own,
  // but allocating it here fails as Node does for a chunkSize too large.
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._flushBoundIdx = flushBoundIdx;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  this._rejectGarbageAfterEnd = Boolean(opts && opts.rejectGarbageAfterEnd);
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

let bytesReadWarned = false;
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  get() {
    if (!bytesReadWarned) {
      bytesReadWarned = true;
      process.emitWarning('zlib.bytesRead is deprecated and will change its meaning in the future. ' +
        'Use zlib.bytesWritten instead.', 'DeprecationWarning', 'DEP0108');
    }
    return this.bytesWritten;
  },
  set(value) { this.bytesWritten = value; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  return this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

// Ending is _flush's job (a Z_FINISH write); the Transform calls it.
ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk of an ended stream finishes it.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') return processChunk(this, chunk, flushFlag, cb);
  return processChunkSync(this, chunk, flushFlag);
};

function closeHandle(engine) {
  if (engine._handle) engine._handle.close();
  engine._handle = null;
}

function trailingJunk() {
  return makeNodeError('ERR_TRAILING_JUNK_AFTER_STREAM_END');
}

/// Runs `chunk` through the handle now; the whole output as one Buffer.
/// The engine is closed afterwards (the `*Sync` functions make one per call).
function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let room = self._chunkSize - self._outOffset;
  let inOff = 0;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  let error;
  self.on('error', (er) => { error = er; });
  const handle = self._handle;
  while (true) {
    const step = handle.writeSync(flushFlag, chunk, inOff, availInBefore, room);
    if (error) throw error;
    if (self[kError]) throw self[kError];
    const [out, availOutAfter, availInAfter] = step;
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;
    if (out.byteLength > 0) {
      buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw makeNodeError('ERR_BUFFER_TOO_LARGE', self._maxOutputLength);
      }
      self._outOffset += out.byteLength;
    }
    if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
      room = self._chunkSize;
      self._outOffset = 0;
    } else {
      room = self._chunkSize - self._outOffset;
    }
    if (availOutAfter !== 0) {
      if (availInAfter > 0 && self._rejectGarbageAfterEnd) {
        closeHandle(self);
        throw trailingJunk();
      }
      break;
    }
    // The output buffer filled up: go on with the input left.
    inOff += inDelta;
    availInBefore = availInAfter;
  }
  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

/// Runs `chunk` through the handle on the pool, pushing output as it
/// comes; `cb` when the chunk is done.
function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  const job = {
    chunk,
    cb,
    flushFlag,
    started: false,
    inOff: 0,
    availInBefore: chunk.byteLength,
    availOutBefore: self._chunkSize - self._outOffset,
  };
  writeStep(self, handle, job);
}

function writeStep(self, handle, job) {
  // Closed while the step waited for a read: the chunk is dropped.
  if (!self._handle) {
    job.cb();
    return;
  }
  // The native copies the chunk on its first step and keeps it for the rest.
  const input = job.started ? null : job.chunk;
  job.started = true;
  handle.write(job.flushFlag, input, job.inOff, job.availInBefore, job.availOutBefore,
    (out, availOutAfter, availInAfter) => afterStep(self, handle, job, out, availOutAfter, availInAfter));
}

function afterStep(self, handle, job, out, availOutAfter, availInAfter) {
  if (self.destroyed) {
    job.cb();
    return;
  }
  const inDelta = job.availInBefore - availInAfter;
  self.bytesWritten += inDelta;
  let streamBufferIsFull = false;
  if (out.byteLength > 0) {
    self._outOffset += out.byteLength;
    streamBufferIsFull = !self.push(out);
  }
  if (self.destroyed) {
    job.cb();
    return;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    job.availOutBefore = self._chunkSize;
    self._outOffset = 0;
  } else {
    job.availOutBefore = self._chunkSize - self._outOffset;
  }
  if (availOutAfter === 0) {
    // The output buffer filled up: go on with the input left, once the
    // reader wants more if the readable side is full.
    job.inOff += inDelta;
    job.availInBefore = availInAfter;
    if (!streamBufferIsFull) {
      writeStep(self, handle, job);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        writeStep(self, handle, job);
        self._read(n);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Input is left with output room to spare: the compressed stream
    // ended before its input did.
    if (self._rejectGarbageAfterEnd) {
      const err = trailingJunk();
      self.destroy(err);
      job.cb(err);
      return;
    }
    self.push(null);
  }
  job.cb();
}

module.exports = { ZlibBase, kFlushFlag, kError };
