'use strict';
// `zlib`: deflate/inflate (zlib, gzip and raw), unzip, Brotli and zstd as
// Transform streams, their callback forms (which run on the pool) and
// `*Sync` forms, `crc32`, `constants` and `codes`. The codecs are zlib-rs,
// the Rust Brotli port and the zstd library (runtime/ops/zlib/); the streams
// are in internal/zlib/base.js. Not in sous: CompressionStream and
// DecompressionStream (sous has no web streams).

require('buffer');
const { makeNodeError, nodeErrorWithMessage } = require('internal/errors');
const { validateFunction } = require('internal/web_errors');
const { validateOffset } = require('internal/buffer/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/crypto/util');
const { ZlibBase } = require('internal/zlib/base');
const { checkRangesOrGetDefault } = require('internal/zlib/options');
const { zlibHandle, brotliHandle, zstdHandle, bytesOf, crc32: nativeCrc32 } = require('internal/zlib/handle');
const constants = require('internal/zlib/constants');

const {
  Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  ZSTD_COMPRESS, ZSTD_DECOMPRESS, ZSTD_e_continue, ZSTD_e_flush, ZSTD_e_end,
} = constants;

// zlib's return codes by name and by number.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;

const kBufferTypes = ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'];

/// The input of a convenience function as a view (strings as UTF-8).
function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw makeNodeError('ERR_INVALID_ARG_TYPE', 'buffer', kBufferTypes, buffer);
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Anything else goes to end() as it is: no input (null, undefined) makes
  // an empty stream, other types fail there as chunks.
  if (isAnyArrayBuffer(buffer)) buffer = Buffer.from(buffer);
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(makeNodeError('ERR_BUFFER_TOO_LARGE', this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function zlibBufferSync(engine, buffer) {
  buffer = engine._processChunk(toInput(buffer), engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH, flushBoundIdx: 0 };

/// The options view of `dictionary`, as Node accepts it.
function dictionaryOf(dictionary, name) {
  if (dictionary === undefined || isArrayBufferView(dictionary)) return dictionary;
  if (isAnyArrayBuffer(dictionary)) return Buffer.from(dictionary);
  throw makeNodeError('ERR_INVALID_ARG_TYPE', name, ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
}

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // 0 (or none) lets inflate take the window size from the stream's header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // gzip has no 256-byte window (zlib would silently use 512).
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = dictionaryOf(opts.dictionary, 'options.dictionary');
  }
  this._writeState = new Uint32Array(2);
  const handle = zlibHandle(mode, windowBits, level, memLevel, strategy, bytesOf(dictionary));
  if (Array.isArray(handle)) throw makeNodeError('ERR_ZLIB_INITIALIZATION_FAILED');
  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);
  this._level = level;
  this._strategy = strategy;
  this._mode = mode;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    // The new parameters apply from a flushed point on.
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new Error('zlib binding closed');
      this._handle.params(level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

const warnedNew = new Set();

/// A stream class that, like Node's, may still be called without `new`
/// (deprecated: DEP0184).
function streamClass(name, Base, mode) {
  const Class = {
    [name]: function(opts) { // eslint-disable-line object-shorthand (a constructor)
      if (!(this instanceof Class)) {
        if (!warnedNew.has('DEP0184')) {
          warnedNew.add('DEP0184');
          process.emitWarning(`Instantiating ${name} without the 'new' keyword has been deprecated.`,
            'DeprecationWarning', 'DEP0184');
        }
        return new Class(opts);
      }
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(Class.prototype, Base.prototype);
  Object.setPrototypeOf(Class, Base);
  return Class;
}

const Deflate = streamClass('Deflate', Zlib, DEFLATE);
const Inflate = streamClass('Inflate', Zlib, INFLATE);
const Gzip = streamClass('Gzip', Zlib, GZIP);
const Gunzip = streamClass('Gunzip', Zlib, GUNZIP);
const DeflateRaw = streamClass('DeflateRaw', Zlib, DEFLATERAW);
const InflateRaw = streamClass('InflateRaw', Zlib, INFLATERAW);
const Unzip = streamClass('Unzip', Zlib, UNZIP);

/// The largest parameter number of the constants named with `prefixes`.
function maxParam(...prefixes) {
  return Math.max(...Object.entries(constants)
    .filter(([name]) => prefixes.some((p) => name.startsWith(p)))
    .map(([, value]) => value));
}

/// `opts.params` as `[key, value, ...]`: keys are numbers up to `max`, each
/// once (`invalidParam` otherwise), values numbers or booleans.
function paramList(opts, max, invalidParam) {
  const list = [];
  const seen = new Set();
  if (!opts || !opts.params) return list;
  for (const origKey of Object.keys(opts.params)) {
    const key = +origKey;
    if (Number.isNaN(key) || key < 0 || key > max || seen.has(key)) {
      throw makeNodeError(invalidParam, origKey);
    }
    const value = opts.params[origKey];
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.params[key]', 'number', value);
    }
    seen.add(key);
    list.push(key, Number(value) | 0);
  }
  return list;
}

const kMaxBrotliParam = maxParam('BROTLI_PARAM_', 'BROTLI_DECODER_PARAM_');

const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
  flushBoundIdx: 1,
};

function Brotli(opts, mode) {
  const params = paramList(opts, kMaxBrotliParam, 'ERR_BROTLI_INVALID_PARAM');
  const dictionary = dictionaryOf(opts && opts.dictionary, 'options.dictionary');
  this._writeState = new Uint32Array(2);
  const handle = brotliHandle(mode === BROTLI_ENCODE, params, bytesOf(dictionary));
  if (Array.isArray(handle)) throw makeNodeError('ERR_ZLIB_INITIALIZATION_FAILED');
  ZlibBase.call(this, opts, mode, handle, brotliDefaultOpts);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

const BrotliCompress = streamClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = streamClass('BrotliDecompress', Brotli, BROTLI_DECODE);

const kMaxZstdCParam = maxParam('ZSTD_c_');
const kMaxZstdDParam = maxParam('ZSTD_d_');

const zstdDefaultOpts = {
  flush: ZSTD_e_continue,
  finishFlush: ZSTD_e_end,
  fullFlush: ZSTD_e_flush,
  flushBoundIdx: 2,
};

function Zstd(opts, mode) {
  const compress = mode === ZSTD_COMPRESS;
  const params = paramList(opts, compress ? kMaxZstdCParam : kMaxZstdDParam, 'ERR_ZSTD_INVALID_PARAM');
  const pledgedSrcSize = opts ? opts.pledgedSrcSize : undefined;
  if (pledgedSrcSize !== undefined) {
    if (typeof pledgedSrcSize !== 'number') {
      throw nodeErrorWithMessage('ERR_INVALID_ARG_TYPE', TypeError, 'pledgedSrcSize must be a number');
    }
    if (pledgedSrcSize < 0) {
      throw nodeErrorWithMessage('ERR_OUT_OF_RANGE', RangeError, 'pledgedSrcSize must be non-negative');
    }
  }
  const dictionary = dictionaryOf(opts && opts.dictionary, 'options.dictionary');
  this._writeState = new Uint32Array(2);
  const handle = zstdHandle(compress, params, pledgedSrcSize, bytesOf(dictionary));
  if (Array.isArray(handle)) throw nodeErrorWithMessage('ERR_ZLIB_INITIALIZATION_FAILED', Error, handle[0]);
  ZlibBase.call(this, opts, mode, handle, zstdDefaultOpts);
}
Object.setPrototypeOf(Zstd.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zstd, ZlibBase);

const ZstdCompress = streamClass('ZstdCompress', Zstd, ZSTD_COMPRESS);
const ZstdDecompress = streamClass('ZstdDecompress', Zstd, ZSTD_DECOMPRESS);

function createConvenienceMethod(Class, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new Class(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new Class(opts), buffer, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateOffset(value, 'value', 0, 0xFFFFFFFF);
  return nativeCrc32(typeof data === 'string' ? data : bytesOf(data), value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  ZstdCompress,
  ZstdDecompress,
  deflate: createConvenienceMethod(Deflate, false),
  deflateSync: createConvenienceMethod(Deflate, true),
  gzip: createConvenienceMethod(Gzip, false),
  gzipSync: createConvenienceMethod(Gzip, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true),
  unzip: createConvenienceMethod(Unzip, false),
  unzipSync: createConvenienceMethod(Unzip, true),
  inflate: createConvenienceMethod(Inflate, false),
  inflateSync: createConvenienceMethod(Inflate, true),
  gunzip: createConvenienceMethod(Gunzip, false),
  gunzipSync: createConvenienceMethod(Gunzip, true),
  inflateRaw: createConvenienceMethod(InflateRaw, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, true),
  brotliCompress: createConvenienceMethod(BrotliCompress, false),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, true),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, false),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, true),
  zstdCompress: createConvenienceMethod(ZstdCompress, false),
  zstdCompressSync: createConvenienceMethod(ZstdCompress, true),
  zstdDecompress: createConvenienceMethod(ZstdDecompress, false),
  zstdDecompressSync: createConvenienceMethod(ZstdDecompress, true),
};

const factories = {
  createDeflate: Deflate, createInflate: Inflate, createDeflateRaw: DeflateRaw,
  createInflateRaw: InflateRaw, createGzip: Gzip, createGunzip: Gunzip, createUnzip: Unzip,
  createBrotliCompress: BrotliCompress, createBrotliDecompress: BrotliDecompress,
  createZstdCompress: ZstdCompress, createZstdDecompress: ZstdDecompress,
};
for (const [name, Class] of Object.entries(factories)) {
  const create = { [name](options) { return new Class(options); } }[name];
  Object.defineProperty(module.exports, name, { value: create, enumerable: true, configurable: true, writable: false });
}
Object.defineProperty(module.exports, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
Object.defineProperty(module.exports, 'codes', { value: Object.freeze(codes), enumerable: true, writable: false, configurable: false });

// The constants on the module itself, as old code reads them (not Brotli's).
for (const name of Object.keys(constants)) {
  if (name.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, name, { value: constants[name], enumerable: false, writable: false });
}
