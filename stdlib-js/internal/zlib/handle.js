'use strict';
// A stream's `_handle`: one native compression context (runtime/ops/zlib/).
// A write fills one output buffer of `outLen` bytes at most: `writeSync`
// runs it now and returns `[output, availOutAfter, availInAfter]`; `write`
// runs it on the pool and hands the same to `done` (its later steps on one
// chunk pass `input` null: the native kept a copy of the chunk). A failure goes to
// `onerror(message, errno, code)` instead, as Node's binding reports it.

const binding = internalBinding('zlib');
const constants = require('internal/zlib/constants');

// zstd's errors by number (the native reports zstd's message and number).
const zstdErrorNames = new Map(Object.keys(constants)
  .filter((name) => name.startsWith('ZSTD_error_'))
  .map((name) => [constants[name], name]));

const kNative = Symbol('kNative');

/// The natives read bytes from Uint8Arrays: other views become one
/// (undefined stays undefined).
function bytesOf(view) {
  return view === undefined || view instanceof Uint8Array ? view :
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

class ZlibHandle {
  constructor(native) {
    this[kNative] = native;
    this.onerror = undefined;
  }

  writeSync(flush, input, inOff, inLen, outLen) {
    const result = binding.write(this[kNative], flush, bytesOf(input), inOff, inLen, outLen);
    return this._settle(result);
  }

  write(flush, input, inOff, inLen, outLen, done) {
    binding.write(this[kNative], flush, input && bytesOf(input), inOff, inLen, outLen, (result) => {
      const step = this._settle(result);
      if (step) done(step[0], step[1], step[2]);
    });
  }

  _settle([error, output, availOut, availIn]) {
    if (error) {
      this._fail(error);
      return undefined;
    }
    return [output, availOut, availIn];
  }

  _fail([message, errno, code]) {
    this.onerror(message, errno, code || zstdErrorNames.get(errno));
  }

  params(level, strategy) {
    const error = binding.params(this[kNative], level, strategy);
    if (error) this._fail(error);
  }

  reset() {
    const error = binding.reset(this[kNative]);
    if (error) this._fail(error);
  }

  close() {
    binding.close(this[kNative]);
  }
}

// Named as Node's binding classes are.
class Zlib extends ZlibHandle {}
class BrotliEncoder extends ZlibHandle {}
class BrotliDecoder extends ZlibHandle {}
class ZstdCompress extends ZlibHandle {}
class ZstdDecompress extends ZlibHandle {}

/// A handle for a zlib-family mode, or `[message, errno, code]` when zlib
/// refuses the options.
function zlibHandle(mode, windowBits, level, memLevel, strategy, dictionary) {
  const made = binding.zlibNew(mode, windowBits, level, memLevel, strategy, dictionary);
  return Array.isArray(made) ? made : new Zlib(made);
}

/// A Brotli handle (`params` as `[key, value, ...]`), or `[message, errno, code]`.
function brotliHandle(encode, params, dictionary) {
  const made = binding.brotliNew(encode, params, dictionary);
  return Array.isArray(made) ? made : new (encode ? BrotliEncoder : BrotliDecoder)(made);
}

/// A zstd handle (`params` as `[key, value, ...]`), or `[message, errno, code]`.
function zstdHandle(compress, params, pledgedSrcSize, dictionary) {
  const made = binding.zstdNew(compress, params, pledgedSrcSize, dictionary);
  return Array.isArray(made) ? made : new (compress ? ZstdCompress : ZstdDecompress)(made);
}

module.exports = { zlibHandle, brotliHandle, zstdHandle, bytesOf, crc32: binding.crc32 };
