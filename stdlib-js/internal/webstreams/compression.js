'use strict';
// CompressionStream and DecompressionStream (WHATWG Compression): a web
// readable/writable pair over one of sous's zlib streams, as Node builds them.

const u = require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

const { kState } = u;

const formats = ['deflate', 'deflate-raw', 'gzip', 'brotli'];

/// `format` as a CompressionFormat, or Node's WebIDL enum error.
function validFormat(format, className) {
  const text = `${format}`;
  if (formats.includes(text)) return text;
  throw require('internal/errors').nodeErrorWithMessage('ERR_INVALID_ARG_VALUE', TypeError,
    `Failed to construct '${className}': 1st argument '${text}' is not a valid enum value of type CompressionFormat.`);
}

/// A chunk as zlib may take it: shared memory is refused here, anything else goes to zlib to
/// judge (an ArrayBuffer is viewed by the adapter).
function bufferSource(chunk) {
  const shared = typeof SharedArrayBuffer === 'function' && (chunk instanceof SharedArrayBuffer ||
    (ArrayBuffer.isView(chunk) && chunk.buffer instanceof SharedArrayBuffer));
  if (shared) throw u.argType('chunk', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], chunk);
  return chunk;
}

/// The readable/writable pair of a (de)compression stream of class `type`, brand-checked.
function pairOf(self, type) {
  if (!u.isBrand(self, type)) throw u.privateMember('transform');
  return self[kState];
}

const zlib = () => require('zlib');

const compressors = {
  'deflate': () => zlib().createDeflate(),
  'deflate-raw': () => zlib().createDeflateRaw(),
  'gzip': () => zlib().createGzip(),
  'brotli': () => zlib().createBrotliCompress(),
};

const decompressors = {
  'deflate': () => zlib().createInflate({ rejectGarbageAfterEnd: true }),
  'deflate-raw': () => zlib().createInflateRaw({ rejectGarbageAfterEnd: true }),
  'gzip': () => zlib().createGunzip({ rejectGarbageAfterEnd: true }),
  'brotli': () => zlib().createBrotliDecompress({ rejectGarbageAfterEnd: true }),
};

class CompressionStream {
  constructor(format) {
    const handle = compressors[validFormat(format, 'CompressionStream')]();
    u.brand(this, 'CompressionStream', newReadableWritablePairFromDuplex(handle, {}, bufferSource));
  }

  get readable() { return pairOf(this, 'CompressionStream').readable; }

  get writable() { return pairOf(this, 'CompressionStream').writable; }

  [u.customInspect](depth, options) {
    const { readable, writable } = pairOf(this, 'CompressionStream');
    return u.inspectAs(this, depth, options, 'CompressionStream', { readable, writable });
  }
}

class DecompressionStream {
  constructor(format) {
    const handle = decompressors[validFormat(format, 'DecompressionStream')]();
    u.brand(this, 'DecompressionStream', newReadableWritablePairFromDuplex(handle, {}, bufferSource));
  }

  get readable() { return pairOf(this, 'DecompressionStream').readable; }

  get writable() { return pairOf(this, 'DecompressionStream').writable; }

  [u.customInspect](depth, options) {
    const { readable, writable } = pairOf(this, 'DecompressionStream');
    return u.inspectAs(this, depth, options, 'DecompressionStream', { readable, writable });
  }
}

u.webIDL(CompressionStream, ['readable', 'writable']);
u.webIDL(DecompressionStream, ['readable', 'writable']);

module.exports = { CompressionStream, DecompressionStream };
