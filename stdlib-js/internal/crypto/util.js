'use strict';
// What the parts of `crypto` share: Node's crypto error codes, the argument
// validators with Node's messages, and turning data arguments into what the
// natives of runtime/ops/crypto/ take (a string or a Uint8Array).

const errors = require('internal/errors');
const { encodingCode } = require('internal/encodings');

const { makeNodeError } = errors;
errors.define('ERR_CRYPTO_HASH_FINALIZED', Error, 'Digest already called');
errors.define('ERR_CRYPTO_HASH_UPDATE_FAILED', Error, 'Hash update failed');
errors.define('ERR_CRYPTO_INVALID_DIGEST', TypeError, (digest) => `Invalid digest: ${digest}`);
errors.define('ERR_CRYPTO_INVALID_KEYLEN', RangeError, 'Invalid key length');
errors.define('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', RangeError, (why) => `Invalid scrypt params${why ? `: ${why}` : ''}`);
errors.define('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', RangeError, 'Input buffers must have the same byte length');
errors.define('ERR_INCOMPATIBLE_OPTION_PAIR', TypeError, (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`);

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer || isShared(value);
}

/// The bytes an ArrayBuffer or a view covers, as a Uint8Array: no copy,
/// except of shared memory (the natives read ArrayBuffers only).
function toUint8(value) {
  const bytes = isAnyArrayBuffer(value) ? new Uint8Array(value) :
    value instanceof Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return isShared(bytes.buffer) ? bytes.slice() : bytes;
}

function isShared(buffer) {
  return typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'Function', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'Object', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'boolean', value);
}

/// A number that is an integer in [min, max] (Node's validateInteger/validateInt32/validateUint32).
function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw makeNodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw makeNodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
}

const kMaxInt32 = 2147483647;
const kMaxUint32 = 4294967295;

/// `value` as a string or Uint8Array for a native: a string, an ArrayBuffer
/// or a view; anything else is ERR_INVALID_ARG_TYPE listing `expected`.
function dataArg(value, name, expected = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']) {
  if (typeof value === 'string') return value;
  if (isArrayBufferView(value) || (expected.includes('ArrayBuffer') && isAnyArrayBuffer(value))) return toUint8(value);
  throw makeNodeError('ERR_INVALID_ARG_TYPE', name, expected, value);
}

/// A key, password or salt: `dataArg`, with strings as UTF-8 bytes.
function bytesArg(value, name, expected) {
  const data = dataArg(value, name, expected);
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/// The encoding number of an output encoding: 0 (a Buffer) for none,
/// 'buffer' or a name Node does not know.
function outputCode(encoding) {
  if (encoding === undefined || encoding === 'buffer') return 0;
  return encodingCode(encoding) || 0;
}

/// The bytes of a Buffer as an ArrayBuffer of their own (the Buffer's own
/// store when it views all of it, as the natives' results do).
function arrayBufferOf(buf) {
  if (buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength) return buf.buffer;
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

/// A CryptoKey's secret bytes (internal/crypto/webcrypto.js fills it), so
/// that createHmac and hkdf take CryptoKeys too.
const secrets = new WeakMap();

module.exports = {
  makeNodeError,
  arrayBufferOf,
  secrets,
  isArrayBufferView,
  isAnyArrayBuffer,
  isShared,
  toUint8,
  validateString,
  validateFunction,
  validateObject,
  validateBoolean,
  validateInteger,
  kMaxInt32,
  kMaxUint32,
  dataArg,
  bytesArg,
  outputCode,
  encodingCode,
};
