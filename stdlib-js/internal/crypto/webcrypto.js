'use strict';
// Web Crypto: `globalThis.crypto` (a lazy global) and `require('crypto').webcrypto`.
// `subtle` has digest (SHA-1, SHA-2, SHA-3), HMAC (import/generate, sign,
// verify), PBKDF2 and HKDF (import, deriveBits, deriveKey) and AES-GCM
// (import/generate, encrypt, decrypt); secret keys import and export as raw or jwk.
// Every operation runs on the pool. Public-key algorithms are not in sous.

const binding = internalBinding('crypto');
const { nodeErrorWithMessage } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer, toUint8, arrayBufferOf, secrets } = require('internal/crypto/util');
const random = require('internal/crypto/random');

function domError(message, name) {
  const { DOMException } = require('internal/abort');
  return new DOMException(message, name);
}

function typeError(code, message) {
  return nodeErrorWithMessage(code, TypeError, message);
}

const kBufferSource = 'ArrayBuffer, Buffer, TypedArray, or DataView';
const ordinals = ['1st', '2nd', '3rd', '4th', '5th'];

/// Web IDL's check of the argument count of `Class.method`.
function requireArgs(count, given, method, className = 'SubtleCrypto') {
  if (given < count) {
    throw typeError('ERR_MISSING_ARGS', `Failed to execute '${method}' on '${className}': ` +
      `${count} argument${count > 1 ? 's' : ''} required, but only ${given} present.`);
  }
}

/// A copy of a BufferSource argument, as Web Crypto takes its inputs.
function bufferSource(value, method, index) {
  if (!isArrayBufferView(value) && !isAnyArrayBuffer(value)) {
    throw typeError('ERR_INVALID_ARG_TYPE',
      `Failed to execute '${method}' on 'SubtleCrypto': ${ordinals[index]} argument is not instance of ${kBufferSource}.`);
  }
  return toUint8(value).slice();
}

/// A BufferSource member of an algorithm dictionary.
function memberSource(algorithm, member, dictionary, required = true) {
  const value = algorithm[member];
  if (value === undefined) {
    if (!required) return new Uint8Array(0);
    throw missingMember(member, dictionary);
  }
  if (!isArrayBufferView(value) && !isAnyArrayBuffer(value)) {
    throw typeError('ERR_INVALID_ARG_TYPE',
      `Failed to normalize algorithm: ${member} in passed algorithm is not instance of ${kBufferSource}.`);
  }
  return toUint8(value).slice();
}

function missingMember(member, dictionary) {
  return typeError('ERR_MISSING_OPTION', 'Failed to normalize algorithm: passed algorithm cannot be converted to ' +
    `'${dictionary}' because '${member}' is required in '${dictionary}'.`);
}

// Web Crypto's digests: the natives' (OpenSSL's) name, output bytes, block bits.
const hashes = {
  'SHA-1': ['sha1', 20, 512],
  'SHA-256': ['sha256', 32, 512],
  'SHA-384': ['sha384', 48, 1024],
  'SHA-512': ['sha512', 64, 1024],
  'SHA3-256': ['sha3-256', 32, 1088],
  'SHA3-384': ['sha3-384', 48, 832],
  'SHA3-512': ['sha3-512', 64, 576],
};
const warned = new Set();

/// The native name of a normalized digest; Node 24 warns that SHA-3 is experimental.
function nativeHash(name) {
  if (name.startsWith('SHA3') && !warned.has(name)) {
    warned.add(name);
    process.emitWarning(`The ${name} Web Crypto API algorithm is an experimental feature and might change at any time`,
      'ExperimentalWarning');
  }
  return hashes[name][0];
}

// The algorithms of each operation.
const supported = {
  digest: Object.keys(hashes),
  importKey: ['HMAC', 'PBKDF2', 'HKDF', 'AES-GCM'],
  generateKey: ['HMAC', 'AES-GCM'],
  sign: ['HMAC'],
  verify: ['HMAC'],
  deriveBits: ['PBKDF2', 'HKDF'],
  encrypt: ['AES-GCM'],
  decrypt: ['AES-GCM'],
};

/// `{ name, ...members }` with the registered spelling of the name, or
/// NotSupportedError for an algorithm `op` does not have.
function normalize(algorithm, op) {
  if (algorithm !== null && typeof algorithm === 'object') {
    if (algorithm.name === undefined) throw missingMember('name', 'Algorithm');
  } else {
    algorithm = { name: `${algorithm}` };
  }
  const wanted = `${algorithm.name}`.toUpperCase();
  const name = supported[op].find((n) => n === wanted);
  if (name === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return { ...algorithm, name };
}

/// The `hash` member of an algorithm dictionary, normalized.
function hashMember(algorithm, dictionary) {
  if (algorithm.hash === undefined) throw missingMember('hash', dictionary);
  try {
    const { name } = normalize(algorithm.hash, 'digest');
    nativeHash(name);
    return name;
  } catch (err) {
    if (err?.name === 'NotSupportedError') {
      throw domError(`Only SHA hashes are supported in ${dictionary}`, 'NotSupportedError');
    }
    throw err;
  }
}

/// Runs a pool native whose last argument is `callback(err, buffer)`.
function onPool(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, buf) => (err ? reject(domError(err.message, 'OperationError')) : resolve(buf)));
  });
}

const kConstruct = Symbol('kConstruct');
const slots = new WeakMap();

class CryptoKey {
  constructor(token) {
    if (token !== kConstruct) throw typeError('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get type() { return slotsOf(this).type; }
  get extractable() { return slotsOf(this).extractable; }
  get algorithm() { return slotsOf(this).algorithm; }
  get usages() { return slotsOf(this).usages; }
  get [Symbol.toStringTag]() { return 'CryptoKey'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const { type, extractable, algorithm, usages } = slotsOf(this);
    const inner = { ...options, depth: depth == null ? null : depth - 1 };
    return `CryptoKey ${inspect({ type, extractable, algorithm, usages }, inner)}`;
  }
}

function slotsOf(key) {
  const s = slots.get(key);
  if (s === undefined) throw typeError('ERR_INVALID_THIS', 'Value of "this" must be of type CryptoKey');
  return s;
}

const allowedUsages = {
  'HMAC': ['sign', 'verify'],
  'PBKDF2': ['deriveBits', 'deriveKey'],
  'HKDF': ['deriveBits', 'deriveKey'],
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
};

/// A secret CryptoKey for `bytes`, after Web Crypto's checks of its usages.
function secretKey(bytes, algorithm, extractable, usages) {
  const { name } = algorithm;
  usages = [...usages];
  // Node keeps a key's usages in the order of the KeyUsage enumeration.
  const order = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];
  if (usages.some((u) => !allowedUsages[name].includes(u))) {
    const article = name === 'HKDF' || name === 'PBKDF2' ? 'a ' : '';
    throw domError(`Unsupported key usage for ${article}${name} key`, 'SyntaxError');
  }
  if (usages.length === 0) throw domError('Usages cannot be empty when importing a secret key.', 'SyntaxError');
  if ((name === 'PBKDF2' || name === 'HKDF') && extractable) {
    throw domError(`${name} keys are not extractable`, 'SyntaxError');
  }
  if (name === 'AES-GCM' && ![16, 24, 32].includes(bytes.byteLength)) {
    throw domError('Invalid key length', 'DataError');
  }
  if (name === 'HMAC' && bytes.byteLength === 0) throw domError('Zero-length key is not supported', 'DataError');
  let keyAlgorithm = { name };
  if (name === 'HMAC') {
    keyAlgorithm = { name, length: bytes.byteLength * 8, hash: { name: algorithm.hash } };
  } else if (name === 'AES-GCM') {
    keyAlgorithm = { name, length: bytes.byteLength * 8 };
  }
  const key = new CryptoKey(kConstruct);
  usages = order.filter((u) => usages.includes(u));
  slots.set(key, { type: 'secret', extractable: !!extractable, algorithm: keyAlgorithm, usages });
  secrets.set(key, bytes);
  return key;
}

/// `key` after checking it is a CryptoKey of `algorithm` with `usage`.
function checkKey(key, name, usage) {
  const s = slots.get(key);
  if (s === undefined) {
    throw typeError('ERR_INVALID_ARG_TYPE', `Failed to execute '${usage}' on 'SubtleCrypto': ` +
      'key is not of type CryptoKey.');
  }
  if (s.algorithm.name !== name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
  if (!s.usages.includes(usage)) {
    if (usage === 'deriveBits' || usage === 'deriveKey') {
      throw domError(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
    }
    throw domError(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
  return secrets.get(key);
}

function importParams(algorithm, op) {
  const normalized = normalize(algorithm, op);
  if (normalized.name === 'HMAC') normalized.hash = hashMember(normalized, 'HmacImportParams');
  return normalized;
}

/// The normalized parameters of PBKDF2 or HKDF.
function deriveParams(algorithm) {
  algorithm = normalize(algorithm, 'deriveBits');
  const { name } = algorithm;
  const dictionary = name === 'PBKDF2' ? 'Pbkdf2Params' : 'HkdfParams';
  const hash = hashMember(algorithm, dictionary);
  const salt = memberSource(algorithm, 'salt', dictionary);
  const info = name === 'HKDF' ? memberSource(algorithm, 'info', dictionary) : undefined;
  if (name === 'PBKDF2' && algorithm.iterations === undefined) throw missingMember('iterations', dictionary);
  return { name, hash, salt, info, iterations: Number(algorithm.iterations) >>> 0 };
}

/// The bits of PBKDF2 or HKDF, as an ArrayBuffer.
async function deriveBitsOf(algorithm, baseKey, length, usage) {
  const { name, hash, salt, info, iterations } = deriveParams(algorithm);
  const secret = checkKey(baseKey, name, usage);
  if (length === null || length === undefined) throw domError('length cannot be null', 'OperationError');
  length = Number(length) >>> 0;
  if (length % 8 !== 0) throw domError('length must be a multiple of 8', 'OperationError');
  if (length === 0) return new ArrayBuffer(0);
  if (name === 'PBKDF2') {
    if (iterations === 0) throw domError('iterations cannot be zero', 'OperationError');
    return arrayBufferOf(await onPool(binding.pbkdf2, secret, salt, iterations, length / 8, hashes[hash][0]));
  }
  if (length / 8 > 255 * hashes[hash][1]) {
    throw domError('length exceeds the maximum derived bit length', 'OperationError');
  }
  return arrayBufferOf(await onPool(binding.hkdf, hashes[hash][0], secret, salt, info, length / 8));
}

/// The JWK `alg` of an HMAC or AES-GCM key (none for HMAC with SHA-3).
function jwkAlg(name, hash, bytes) {
  if (name === 'AES-GCM') return `A${bytes * 8}GCM`;
  return hash.startsWith('SHA-') ? `HS${hash.slice(4)}` : undefined;
}

/// The secret of an `oct` JWK, after Web Crypto's checks against the import.
function jwkSecret(jwk, params, extractable, usages) {
  const invalid = (message) => domError(message, 'DataError');
  if (jwk === null || typeof jwk !== 'object' || jwk.kty === undefined) throw invalid('Invalid keyData');
  if (jwk.kty !== 'oct') throw invalid('Invalid JWK "kty" Parameter');
  if (typeof jwk.k !== 'string') throw invalid('Invalid keyData');
  const use = params.name === 'HMAC' ? 'sig' : 'enc';
  if (jwk.use !== undefined && jwk.use !== use) throw invalid('Invalid JWK "use" Parameter');
  if (Array.isArray(jwk.key_ops) && [...usages].some((u) => !jwk.key_ops.includes(u))) {
    throw invalid('Key operations and usage mismatch');
  }
  if (jwk.ext === false && extractable) throw invalid('JWK "ext" Parameter and extractable mismatch');
  const bytes = new Uint8Array(Buffer.from(jwk.k, 'base64url'));
  if (jwk.alg !== undefined && jwk.alg !== jwkAlg(params.name, params.hash, bytes.byteLength)) {
    throw invalid('JWK "alg" does not match the requested algorithm');
  }
  return bytes;
}

/// Parameters of a key to make (generateKey, deriveKey): its algorithm and length in bytes.
function keyGenParams(algorithm) {
  const normalized = normalize(algorithm, 'generateKey');
  if (normalized.name === 'AES-GCM') {
    if (normalized.length === undefined) throw missingMember('length', 'AesKeyGenParams');
    if (![128, 192, 256].includes(normalized.length)) {
      throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
    return [normalized, normalized.length / 8];
  }
  normalized.hash = hashMember(normalized, 'HmacKeyGenParams');
  const length = normalized.length === undefined ? hashes[normalized.hash][2] : Number(normalized.length) >>> 0;
  if (length === 0) throw domError('HmacKeyGenParams.length cannot be 0', 'OperationError');
  if (length % 8 !== 0) throw domError('Unsupported algorithm length', 'NotSupportedError');
  return [normalized, length / 8];
}

function aesParams(algorithm, op) {
  algorithm = normalize(algorithm, op);
  const iv = memberSource(algorithm, 'iv', 'AeadParams');
  const aad = memberSource(algorithm, 'additionalData', 'AeadParams', false);
  const tagLength = algorithm.tagLength === undefined ? 128 : algorithm.tagLength;
  if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
    throw domError(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
  }
  if (iv.byteLength !== 12) throw domError('sous supports AES-GCM with a 96-bit iv only', 'NotSupportedError');
  return [algorithm, iv, aad, tagLength / 8];
}

/// `subtle.encrypt` or `subtle.decrypt` (`op`) with AES-GCM.
async function aesGcm(op, algorithm, key, data) {
  const [params, iv, aad, tagBytes] = aesParams(algorithm, op);
  data = bufferSource(data, op, 2);
  const secret = checkKey(key, params.name, op);
  return arrayBufferOf(await onPool(binding.aesGcm, op === 'encrypt', secret, iv, data, aad, tagBytes));
}

const kSubtle = Symbol('kSubtle');

class SubtleCrypto {
  constructor(token) {
    if (token !== kSubtle) throw typeError('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  async encrypt(algorithm, key, data) {
    checkSubtle(this);
    requireArgs(3, arguments.length, 'encrypt');
    return aesGcm('encrypt', algorithm, key, data);
  }

  async decrypt(algorithm, key, data) {
    checkSubtle(this);
    requireArgs(3, arguments.length, 'decrypt');
    return aesGcm('decrypt', algorithm, key, data);
  }

  async sign(algorithm, key, data) {
    checkSubtle(this);
    requireArgs(3, arguments.length, 'sign');
    normalize(algorithm, 'sign');
    data = bufferSource(data, 'sign', 2);
    const secret = checkKey(key, 'HMAC', 'sign');
    const hash = hashes[slots.get(key).algorithm.hash.name][0];
    return arrayBufferOf(await onPool(binding.hashAsync, hash, data, secret));
  }

  async verify(algorithm, key, signature, data) {
    checkSubtle(this);
    requireArgs(4, arguments.length, 'verify');
    normalize(algorithm, 'verify');
    signature = bufferSource(signature, 'verify', 2);
    data = bufferSource(data, 'verify', 3);
    const secret = checkKey(key, 'HMAC', 'verify');
    const hash = hashes[slots.get(key).algorithm.hash.name][0];
    const mac = await onPool(binding.hashAsync, hash, data, secret);
    return mac.byteLength === signature.byteLength && binding.timingSafeEqual(mac, signature);
  }

  async digest(algorithm, data) {
    checkSubtle(this);
    requireArgs(2, arguments.length, 'digest');
    const { name } = normalize(algorithm, 'digest');
    data = bufferSource(data, 'digest', 1);
    return arrayBufferOf(await onPool(binding.hashAsync, nativeHash(name), data, undefined));
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkSubtle(this);
    requireArgs(3, arguments.length, 'generateKey');
    const [params, length] = keyGenParams(algorithm);
    const bytes = new Uint8Array(length);
    random.getRandomValues(bytes);
    return secretKey(bytes, params, extractable, keyUsages);
  }

  async deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages) {
    checkSubtle(this);
    requireArgs(5, arguments.length, 'deriveKey');
    const [params, length] = keyGenParams(derivedKeyType);
    const bits = await deriveBitsOf(algorithm, baseKey, length * 8, 'deriveKey');
    return secretKey(new Uint8Array(bits), params, extractable, keyUsages);
  }

  async deriveBits(algorithm, baseKey, length) {
    checkSubtle(this);
    requireArgs(2, arguments.length, 'deriveBits');
    return deriveBitsOf(algorithm, baseKey, length, 'deriveBits');
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkSubtle(this);
    requireArgs(5, arguments.length, 'importKey');
    const params = importParams(algorithm, 'importKey');
    if (format === 'raw' || format === 'raw-secret') {
      return secretKey(bufferSource(keyData, 'importKey', 1), params, extractable, keyUsages);
    }
    if (format === 'jwk' && (params.name === 'HMAC' || params.name === 'AES-GCM')) {
      return secretKey(jwkSecret(keyData, params, extractable, keyUsages), params, extractable, keyUsages);
    }
    throw domError(`Unable to import ${params.name} using ${format} format`, 'NotSupportedError');
  }

  async exportKey(format, key) {
    checkSubtle(this);
    requireArgs(2, arguments.length, 'exportKey');
    const s = slots.get(key);
    if (s === undefined) {
      throw typeError('ERR_INVALID_ARG_TYPE', "Failed to execute 'exportKey' on 'SubtleCrypto': 2nd argument is not of type CryptoKey.");
    }
    const { name } = s.algorithm;
    if (name === 'PBKDF2' || name === 'HKDF') throw domError(`${name} key export is not supported`, 'NotSupportedError');
    if (!s.extractable) throw domError('key is not extractable', 'InvalidAccessError');
    const secret = secrets.get(key);
    if (format === 'raw' || format === 'raw-secret') return secret.slice().buffer;
    if (format === 'jwk') {
      const alg = jwkAlg(name, s.algorithm.hash?.name, secret.byteLength);
      const jwk = { key_ops: [...s.usages], ext: true, alg, kty: 'oct', k: Buffer.from(secret).toString('base64url') };
      if (alg === undefined) delete jwk.alg;
      return jwk;
    }
    throw domError(`Unable to export ${name} using ${format} format`, 'NotSupportedError');
  }

  /// Node 24's (experimental) `SubtleCrypto.supports`: whether sous has
  /// `operation` with these parameters.
  static supports(operation, algorithm, lengthOrAdditionalAlgorithm = null) {
    if (this !== SubtleCrypto) {
      throw typeError('ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto constructor');
    }
    requireArgs(2, arguments.length, 'supports');
    if (!warned.has('supports')) {
      warned.add('supports');
      process.emitWarning('The supports Web Crypto API method is an experimental feature and might change at any time',
        'ExperimentalWarning');
    }
    const checks = {
      encrypt: () => aesParams(algorithm, 'encrypt'),
      decrypt: () => aesParams(algorithm, 'decrypt'),
      sign: () => normalize(algorithm, 'sign'),
      verify: () => normalize(algorithm, 'verify'),
      digest: () => normalize(algorithm, 'digest'),
      generateKey: () => keyGenParams(algorithm),
      importKey: () => importParams(algorithm, 'importKey'),
      exportKey: () => {
        const { name } = normalize(algorithm, 'importKey');
        if (name === 'PBKDF2' || name === 'HKDF') throw new Error(name);
      },
      deriveBits: () => {
        deriveParams(algorithm);
        if (lengthOrAdditionalAlgorithm !== null && lengthOrAdditionalAlgorithm % 8 !== 0) throw new Error('length');
      },
      deriveKey: () => {
        deriveParams(algorithm);
        keyGenParams(lengthOrAdditionalAlgorithm);
      },
    };
    try {
      return Object.hasOwn(checks, operation) && (checks[operation](), true);
    } catch {
      return false;
    }
  }

  get [Symbol.toStringTag]() { return 'SubtleCrypto'; }
}

function checkSubtle(self) {
  if (self !== subtle) throw typeError('ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto');
}

// Node 24's methods for what sous does not have (wrapping, public keys, KEMs).
for (const method of ['wrapKey', 'unwrapKey', 'getPublicKey', 'encapsulateBits', 'encapsulateKey', 'decapsulateBits',
  'decapsulateKey']) {
  Object.defineProperty(SubtleCrypto.prototype, method, {
    async value() {
      checkSubtle(this);
      throw domError(`sous does not implement subtle.${method}`, 'NotSupportedError');
    },
    writable: true,
    configurable: true,
  });
}

const subtle = new SubtleCrypto(kSubtle);
const kCrypto = Symbol('kCrypto');

function checkThis(self) {
  if (self !== crypto) throw typeError('ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
}

class Crypto {
  constructor(token) {
    if (token !== kCrypto) throw typeError('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get subtle() {
    checkThis(this);
    return subtle;
  }

  getRandomValues(array) {
    checkThis(this);
    requireArgs(1, arguments.length, 'getRandomValues', 'Crypto');
    return random.getRandomValues(array);
  }

  randomUUID() {
    checkThis(this);
    return random.randomUUID();
  }

  get [Symbol.toStringTag]() { return 'Crypto'; }
}

const crypto = new Crypto(kCrypto);

/// `keyObject.toCryptoKey(...)`: a CryptoKey for secret bytes, at once.
function subtleImport(bytes, algorithm, extractable, keyUsages) {
  return secretKey(bytes, importParams(algorithm, 'importKey'), extractable, keyUsages);
}

module.exports = { crypto, Crypto, CryptoKey, SubtleCrypto, subtleImport };
