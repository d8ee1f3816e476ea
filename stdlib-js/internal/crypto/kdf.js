'use strict';
// `pbkdf2`/`pbkdf2Sync`, `hkdf`/`hkdfSync` and `scrypt`/`scryptSync`
// (runtime/ops/crypto/kdf.rs): Node's validation here, the work in Rust,
// on the pool for the callback forms.

const binding = internalBinding('crypto');
const {
  makeNodeError, validateString, validateFunction, validateInteger, kMaxInt32, kMaxUint32, bytesArg,
  arrayBufferOf, secrets,
} = require('internal/crypto/util');
const { secretKey } = require('internal/crypto/hash');

/// The output length in bytes of the digest `name` (not SHAKE), or ERR_CRYPTO_INVALID_DIGEST.
function digestSize(name) {
  const size = binding.hashSize(name);
  if (size < 0 || /^shake/i.test(name)) throw makeNodeError('ERR_CRYPTO_INVALID_DIGEST', name);
  return size;
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = bytesArg(password, 'password');
  salt = bytesArg(salt, 'salt');
  validateInteger(iterations, 'iterations', 1, kMaxInt32);
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  return [password, salt, iterations, keylen, digest];
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  digestSize(args[4]);
  if (keylen === 0) {
    process.nextTick(callback, new Error('Deriving bits failed'));
    return;
  }
  binding.pbkdf2(...args, callback);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  digestSize(args[4]);
  if (keylen === 0) throw new Error('Deriving bits failed');
  return binding.pbkdf2(...args);
}

const byteSource = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function hkdfArgs(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  if (secrets.has(key)) key = secretKey(key);
  key = bytesArg(key, 'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  salt = bytesArg(salt, 'salt', byteSource);
  info = bytesArg(info, 'info', byteSource);
  validateInteger(length, 'length', 0, Number.MAX_SAFE_INTEGER);
  if (info.byteLength > 1024) {
    throw makeNodeError('ERR_OUT_OF_RANGE', 'info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  if (length > 255 * digestSize(digest)) throw makeNodeError('ERR_CRYPTO_INVALID_KEYLEN');
  return [digest, key, salt, info, length];
}

function hkdf(digest, key, salt, info, length, callback) {
  const args = hkdfArgs(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  if (length === 0) {
    process.nextTick(callback, new Error('Deriving bits failed'));
    return;
  }
  binding.hkdf(...args, (err, bytes) => (err ? callback(err) : callback(null, arrayBufferOf(bytes))));
}

function hkdfSync(digest, key, salt, info, length) {
  const args = hkdfArgs(digest, key, salt, info, length);
  if (length === 0) throw new Error('Deriving bits failed');
  return arrayBufferOf(binding.hkdf(...args));
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

/// One scrypt option under either of its two names (`N`/`cost`, ...).
function scryptOption(options, name, alias, value) {
  const hasName = options[name] !== undefined;
  if (hasName) {
    value = options[name];
    validateInteger(value, name, 0, kMaxUint32);
  }
  if (options[alias] !== undefined) {
    if (hasName) throw makeNodeError('ERR_INCOMPATIBLE_OPTION_PAIR', name, alias);
    value = options[alias];
    validateInteger(value, alias, 0, kMaxUint32);
  }
  return value;
}

function scryptArgs(password, salt, keylen, options) {
  password = bytesArg(password, 'password');
  salt = bytesArg(salt, 'salt');
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options) {
    N = scryptOption(options, 'N', 'cost', N) || scryptDefaults.N;
    r = scryptOption(options, 'r', 'blockSize', r) || scryptDefaults.r;
    p = scryptOption(options, 'p', 'parallelization', p) || scryptDefaults.p;
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0, Number.MAX_SAFE_INTEGER);
    }
    maxmem ||= scryptDefaults.maxmem;
  }
  // OpenSSL's rules: N a power of two over 1; below 2^(16r), p·r < 2^30
  // and the memory within maxmem, else "memory limit exceeded".
  if (N < 2 || (N & (N - 1)) !== 0) throw makeNodeError('ERR_CRYPTO_INVALID_SCRYPT_PARAMS');
  if ((16 * r < 53 && N >= 2 ** (16 * r)) || p * r > 2 ** 30 - 1 || 128 * r * (N + 2) + 128 * r * p > maxmem) {
    throw makeNodeError('ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      'error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return [password, salt, N, r, p, keylen];
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(...args, callback);
}

function scryptSync(password, salt, keylen, options) {
  return binding.scrypt(...scryptArgs(password, salt, keylen, options));
}

module.exports = { pbkdf2, pbkdf2Sync, hkdf, hkdfSync, scrypt, scryptSync };
