'use strict';
// `createHash`/`Hash`, `createHmac`/`Hmac`, `crypto.hash` and `getHashes`,
// on the digest natives of runtime/ops/crypto/hash.rs. (Node's Hash is also a
// Transform stream; sous's is not.)

const binding = internalBinding('crypto');
const {
  makeNodeError, isArrayBufferView, isAnyArrayBuffer, toUint8, validateString, validateObject,
  validateInteger, kMaxUint32, encodingCode, outputCode, secrets,
} = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

/// An OpenSSL-style error, as Node surfaces them (`code` ERR_OSSL_...).
function opensslError(code, message) {
  const err = new Error(message);
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return err;
}

function Hash(algorithm, options) {
  if (!new.target) {
    process.emitWarning('crypto.Hash constructor is deprecated.', 'DeprecationWarning', 'DEP0179');
    return new Hash(algorithm, options);
  }
  this[kFinalized] = false;
  // `copy()` hands over a copied handle.
  if (algorithm === kHandle) {
    this[kHandle] = options;
    return;
  }
  validateString(algorithm, 'algorithm');
  let xofLen;
  if (options !== null && typeof options === 'object' && options.outputLength !== undefined) {
    xofLen = options.outputLength;
    validateInteger(xofLen, 'options.outputLength', 0, kMaxUint32);
  }
  const handle = binding.hashNew(algorithm, xofLen);
  if (handle === null) throw new Error('Digest method not supported');
  if (xofLen !== undefined && !isXof(algorithm) && binding.hashSize(algorithm) !== xofLen) {
    throw opensslError('ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
      'error:030000B2:digital envelope routines::not XOF or invalid length');
  }
  this[kHandle] = handle;
}

function isXof(algorithm) {
  return /^shake-?(128|256)$/i.test(algorithm);
}

/// `data` (with `encoding` for a string) for hashUpdate, or Node's error.
function updateArgs(data, encoding) {
  if (typeof data === 'string') {
    const code = encodingCode(encoding) || 1;
    if (code === 7 && data.length % 2 !== 0) {
      throw makeNodeError('ERR_INVALID_ARG_VALUE', 'encoding', encoding,
        `is invalid for data of length ${data.length}`);
    }
    return [data, code];
  }
  if (!isArrayBufferView(data)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return [toUint8(data), 0];
}

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw makeNodeError('ERR_CRYPTO_HASH_FINALIZED');
  const [bytes, code] = updateArgs(data, encoding);
  if (!binding.hashUpdate(this[kHandle], bytes, code)) throw makeNodeError('ERR_CRYPTO_HASH_UPDATE_FAILED');
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw makeNodeError('ERR_CRYPTO_HASH_FINALIZED');
  this[kFinalized] = true;
  // Node converts a truthy non-string encoding to a string.
  return binding.hashDigest(this[kHandle], outputCode(outputEncoding ? `${outputEncoding}` : undefined));
};

Hash.prototype.copy = function copy() {
  if (this[kFinalized]) throw makeNodeError('ERR_CRYPTO_HASH_FINALIZED');
  return new Hash(kHandle, binding.hashCopy(this[kHandle]));
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

const keyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

/// A key as bytes: a string (in `encoding`), an ArrayBuffer or a view, or a
/// secret KeyObject or CryptoKey.
function secretKey(key, encoding) {
  if (typeof key === 'string') return Buffer.from(key, encoding || 'utf8');
  if (isArrayBufferView(key) || isAnyArrayBuffer(key)) return toUint8(key);
  const secret = secrets.get(key);
  if (secret) {
    if (Object.prototype.toString.call(key) === '[object CryptoKey]') {
      process.emitWarning('Passing a CryptoKey to node:crypto functions is deprecated.', 'DeprecationWarning', 'DEP0203');
    }
    return secret;
  }
  throw makeNodeError('ERR_INVALID_ARG_TYPE', 'key', keyTypes, key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options !== null && typeof options === 'object') {
    encoding = options.encoding;
    if (encoding !== undefined && encoding !== 'buffer') validateString(encoding, 'options.encoding');
  }
  const handle = binding.hmacNew(hmac, secretKey(key, encoding));
  if (handle === null) throw makeNodeError('ERR_CRYPTO_INVALID_DIGEST', hmac);
  this[kHandle] = handle;
  this[kFinalized] = false;
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  // A second digest() is empty, not an error (Node keeps this for old code).
  if (this[kFinalized]) {
    const empty = Buffer.alloc(0);
    return outputEncoding && outputEncoding !== 'buffer' ? empty.toString(outputEncoding) : empty;
  }
  this[kFinalized] = true;
  return binding.hashDigest(this[kHandle], outputCode(outputEncoding ? `${outputEncoding}` : undefined));
};

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

/// `crypto.hash(algorithm, data[, outputEncoding | options])`: a one-shot digest.
function hash(algorithm, input, options) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding = 'hex';
  let outputLength;
  if (typeof options === 'string') {
    outputEncoding = options;
  } else if (options !== undefined) {
    validateObject(options, 'options');
    if (options.outputEncoding !== undefined) outputEncoding = options.outputEncoding;
    outputLength = options.outputLength;
  }
  const code = outputCode(outputEncoding);
  if (code === 0 && outputEncoding !== 'buffer') {
    throw makeNodeError('ERR_INVALID_ARG_VALUE', 'outputEncoding', outputEncoding);
  }
  const data = typeof input === 'string' ? input : toUint8(input);
  if (outputLength !== undefined) {
    if (!isXof(algorithm) && binding.hashSize(algorithm) >= 0 && binding.hashSize(algorithm) !== outputLength) {
      throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
    }
    const h = createHash(algorithm, { outputLength }).update(data);
    return h.digest(code === 0 ? 'buffer' : outputEncoding);
  }
  const out = binding.hashOnce(algorithm, data, 1, code);
  if (out === null) throw new Error(`Digest method ${algorithm} is not supported`);
  return out;
}

let hashes;
function getHashes() {
  hashes ??= binding.hashNames();
  return hashes.slice();
}

module.exports = { Hash, Hmac, createHash, createHmac, hash, getHashes, secretKey };
