'use strict';
// read, readv, write and writev on an fd, in the three forms: Node's
// argument shapes and checks, then one native read or write (readv and
// writev gather or scatter their buffers around it).

const { binding, nodeError, validateFd, validateInteger, validateFunction, kUsePromises, encodingArg, takeCallback } =
  require('internal/fs/utils');
const { Buffer } = require('buffer');

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

/// The position of a write, readv or writev: Node takes anything but a number as "the fd's own".
const loosePosition = (position) => (typeof position === 'number' ? position : -1);

/// A position for the natives: -1 for "the fd's own", a number, or (a
/// BigInt past 2^53) its decimal text, which the natives read exactly.
function validatePosition(position, length = 0, name = 'position') {
  if (position == null) return -1;
  if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length);
    if (position < -1n || position > max) throw nodeError('ERR_OUT_OF_RANGE', name, `>= -1 && <= ${max}`, position);
    return position > 9007199254740991n ? String(position) : Number(position);
  }
  if (typeof position !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', name, ['integer', 'bigint'], position);
  validateInteger(position, name, -1);
  return position;
}

/// `(buffer, offset, length, position)` or `(buffer, { offset, length, position })`
/// as one object with Node's defaults and checks.
function readArgs(buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (length === undefined && position === undefined) {
    // (buffer, options), options null or an object (not an array).
    const options = offsetOrOptions ?? {};
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = options);
  }
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined) length = buffer.byteLength - offset;
  length |= 0;
  if (length === 0) return { buffer, offset, length, position: -1 };
  if (buffer.byteLength === 0) throw nodeError('ERR_INVALID_ARG_VALUE', 'buffer', buffer, 'is empty and cannot be written');
  if (length < 0) throw nodeError('ERR_OUT_OF_RANGE', 'length', '>= 0', length);
  if (offset + length > buffer.byteLength) {
    throw nodeError('ERR_OUT_OF_RANGE', 'length', `<= ${buffer.byteLength - offset}`, length);
  }
  return { buffer, offset, length, position: validatePosition(position, length) };
}

/// Copies what the native read into `buffer` at `offset`; the count.
function copied(buffer, offset) {
  return (bytes) => {
    new Uint8Array(buffer.buffer, buffer.byteOffset + offset, bytes.length).set(bytes);
    return bytes.length;
  };
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  const a = readArgs(buffer, offsetOrOptions, length, position);
  if (a.length === 0) return 0;
  return copied(a.buffer, a.offset)(binding.read(fd, a.length, a.position, undefined));
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  const args = Array.prototype.slice.call(arguments, 1);
  callback = takeCallback(args);
  if (args.length === 0) {
    buffer = Buffer.alloc(16384);
  } else if (args.length === 1 && !ArrayBuffer.isView(args[0])) {
    // fs.read(fd, params, callback)
    offsetOrOptions = args[0] ?? {};
    ({ buffer = Buffer.alloc(16384) } = offsetOrOptions);
  } else {
    [buffer, offsetOrOptions, length, position] = args;
  }
  const a = readArgs(buffer, offsetOrOptions, length, position);
  if (a.length === 0) {
    process.nextTick(callback, null, 0, a.buffer);
    return;
  }
  binding.read(fd, a.length, a.position, (err, bytes) => {
    if (err) callback(err);
    else callback(null, copied(a.buffer, a.offset)(bytes), a.buffer);
  });
}

function validateBuffers(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'buffers', 'ArrayBufferView[]', buffers);
  }
}

/// Spreads the bytes read over `buffers` in order; the count.
function scattered(buffers) {
  return (bytes) => {
    let at = 0;
    for (const b of buffers) {
      if (at >= bytes.length) break;
      const n = Math.min(b.byteLength, bytes.length - at);
      new Uint8Array(b.buffer, b.byteOffset, n).set(bytes.subarray(at, at + n));
      at += n;
    }
    return bytes.length;
  };
}

const totalLength = (buffers) => buffers.reduce((n, b) => n + b.byteLength, 0);

function readvSync(fd, buffers, position) {
  validateFd(fd);
  validateBuffers(buffers);
  return scattered(buffers)(binding.read(fd, totalLength(buffers), loosePosition(position), undefined));
}

/// `(fd, buffers, [position,] callback)` of readv and writev, checked: `[position, callback]`.
function vectorArgs(fd, buffers, position, callback) {
  validateFd(fd);
  validateBuffers(buffers);
  if (typeof position === 'function') return [null, position];
  return [position, validateFunction(callback, 'cb')];
}

function readv(fd, buffers, position, callback) {
  [position, callback] = vectorArgs(fd, buffers, position, callback);
  binding.read(fd, totalLength(buffers), loosePosition(position), (err, bytes) => {
    if (err) callback(err);
    else callback(null, scattered(buffers)(bytes), buffers);
  });
}

/// The bytes a write sends and its position: `(buffer, offset, length,
/// position)`, `(buffer, { offset, length, position })` or `(string,
/// position, encoding)`. `[data, encoding, position]` for the native.
function writeArgs(buffer, offsetOrOptions, length, position) {
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    else validateInteger(length, 'length', 0, 2147483647);
    if (offset > buffer.byteLength) throw nodeError('ERR_OUT_OF_RANGE', 'offset', `<= ${buffer.byteLength}`, offset);
    if (length > buffer.byteLength - offset) {
      throw nodeError('ERR_OUT_OF_RANGE', 'length', `<= ${buffer.byteLength - offset}`, length);
    }
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
    return [bytes, 0, loosePosition(position)];
  }
  if (typeof buffer !== 'string') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const encoding = typeof length === 'string' ? length : 'utf8';
  const code = encodingArg(encoding);
  if (code === undefined) throw nodeError('ERR_UNKNOWN_ENCODING', encoding);
  return [buffer, code || 1, loosePosition(offsetOrOptions)];
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  const [data, encoding, at] = writeArgs(buffer, offsetOrOptions, length, position);
  return binding.write(fd, data, encoding, at, undefined);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  const args = Array.prototype.slice.call(arguments, 1);
  callback = takeCallback(args);
  const native = writeArgs(args[0], args[1], args[2], args[3]);
  binding.write(fd, native[0], native[1], native[2], (err, written) => {
    if (err) callback(err);
    else callback(null, written, buffer);
  });
}

const joined = (buffers) => Buffer.concat(buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));

function writevSync(fd, buffers, position) {
  validateFd(fd);
  validateBuffers(buffers);
  return binding.write(fd, joined(buffers), 0, loosePosition(position), undefined);
}

function writev(fd, buffers, position, callback) {
  [position, callback] = vectorArgs(fd, buffers, position, callback);
  binding.write(fd, joined(buffers), 0, loosePosition(position), (err, written) => {
    if (err) callback(err);
    else callback(null, written, buffers);
  });
}

/// The promise forms, for FileHandle: `{ bytesRead, buffer }` and `{ bytesWritten, buffer }`.
const promised = {
  async read(fd, buffer, offsetOrOptions, length, position) {
    if (buffer === undefined || (!ArrayBuffer.isView(buffer) && buffer !== null && typeof buffer === 'object')) {
      offsetOrOptions = buffer || {};
      buffer = offsetOrOptions.buffer || Buffer.alloc(16384);
    }
    // FileHandle.read takes a null length as "the rest of the buffer" (fs.read as 0).
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object' && offsetOrOptions.length === null) {
      offsetOrOptions = { ...offsetOrOptions, length: undefined };
    }
    if (length === null) length = undefined;
    const a = readArgs(buffer, offsetOrOptions, length, position);
    if (a.length === 0) return { bytesRead: 0, buffer: a.buffer };
    const bytes = await binding.read(fd, a.length, a.position, kUsePromises);
    return { bytesRead: copied(a.buffer, a.offset)(bytes), buffer: a.buffer };
  },
  async readv(fd, buffers, position) {
    validateBuffers(buffers);
    const bytes = await binding.read(fd, totalLength(buffers), loosePosition(position), kUsePromises);
    return { bytesRead: scattered(buffers)(bytes), buffers };
  },
  async write(fd, buffer, offsetOrOptions, length, position) {
    const [data, encoding, at] = writeArgs(buffer, offsetOrOptions, length, position);
    const written = await binding.write(fd, data, encoding, at, kUsePromises);
    return { bytesWritten: written, buffer };
  },
  async writev(fd, buffers, position) {
    validateBuffers(buffers);
    const written = await binding.write(fd, joined(buffers), 0, loosePosition(position), kUsePromises);
    return { bytesWritten: written, buffers };
  },
};

module.exports = { read, readSync, readv, readvSync, write, writeSync, writev, writevSync, promised };
