'use strict';
// `randomBytes`, `randomFill`/`randomFillSync`, `randomInt`, `randomUUID`(`v7`)
// and Web Crypto's `getRandomValues`, on the OS's random source
// (runtime/ops/crypto/random.rs). Callback forms get their bytes from the pool.

const binding = internalBinding('crypto');
const {
  makeNodeError, isArrayBufferView, isAnyArrayBuffer, isShared, validateFunction, validateObject, validateBoolean,
} = require('internal/crypto/util');

const kMaxPossibleLength = 2147483647;

function validateNumber(value, name) {
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
}

/// `size` elements as bytes, checked against what fits after `offset`.
function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw makeNodeError('ERR_OUT_OF_RANGE', 'size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw makeNodeError('ERR_OUT_OF_RANGE', 'size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > max || offset < 0) {
    throw makeNodeError('ERR_OUT_OF_RANGE', 'offset', `>= 0 && <= ${max}`, offset);
  }
  return offset >>> 0;
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    binding.randomBytes(size, callback);
    return;
  }
  const buf = Buffer.allocUnsafe(size);
  if (size > 0) binding.randomFill(buf);
  return buf;
}

function validateBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

/// The bytes `[offset, offset + size)` of `buf` (an ArrayBuffer or a view).
function region(buf, offset, size) {
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf, offset, size);
  return new Uint8Array(buf.buffer, buf.byteOffset + offset, size);
}

/// Fills a Uint8Array with random bytes (shared memory through a copy:
/// the native writes ArrayBuffers only).
function fill(bytes) {
  if (!isShared(bytes.buffer)) return binding.randomFill(bytes);
  const copy = new Uint8Array(bytes.length);
  binding.randomFill(copy);
  bytes.set(copy);
}

function randomFillSync(buf, offset = 0, size) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  if (size > 0) fill(region(buf, offset, size));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = assertOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  binding.randomBytes(size, (err, bytes) => {
    if (err) return callback(err);
    region(buf, offset, size).set(bytes);
    callback(null, buf);
  });
}

// randomInt draws 48-bit numbers from a cache of random bytes, as Node does.
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = new Uint8Array(6 * 1024);
let randomCacheOffset = randomCache.length;

function randomInt(min, max, callback) {
  const minNotSpecified = max === undefined || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = callback === undefined;
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'max', 'a safe integer', max);
  if (max <= min) {
    throw makeNodeError('ERR_OUT_OF_RANGE', 'max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw makeNodeError('ERR_OUT_OF_RANGE', `max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Values at or over the limit would favour the low numbers: drawn again.
  const limit = RAND_MAX - (RAND_MAX % range);
  for (;;) {
    if (randomCacheOffset === randomCache.length) {
      binding.randomFill(randomCache);
      randomCacheOffset = 0;
    }
    const c = randomCache;
    const o = randomCacheOffset;
    const x = (c[o] * 2 ** 40) + (c[o + 1] * 2 ** 32) + (c[o + 2] * 2 ** 24) + (c[o + 3] * 2 ** 16) + (c[o + 4] * 2 ** 8) + c[o + 5];
    randomCacheOffset += 6;
    if (x < limit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
}

function validateUUIDOptions(options) {
  if (options !== undefined) validateObject(options, 'options');
  if (options?.disableEntropyCache !== undefined) validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
}

function randomUUID(options) {
  validateUUIDOptions(options);
  return binding.randomUUID();
}

/// A version 7 UUID (RFC 9562): the Unix time in milliseconds, then random bits.
function randomUUIDv7(options) {
  validateUUIDOptions(options);
  const b = new Uint8Array(16);
  binding.randomFill(b);
  let ms = Date.now();
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Buffer.from(b.buffer).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function domException(message, name) {
  const { DOMException } = require('internal/abort');
  return new DOMException(message, name);
}

/// Web Crypto's `getRandomValues`: integer typed arrays of at most 64 KiB.
function getRandomValues(data) {
  if (!isArrayBufferView(data) || data instanceof DataView || data instanceof Float32Array ||
      data instanceof Float64Array || (typeof Float16Array === 'function' && data instanceof Float16Array)) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (data.byteLength > 0) fill(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7, getRandomValues };
