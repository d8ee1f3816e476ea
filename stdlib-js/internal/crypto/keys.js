'use strict';
// KeyObject for secret keys: `createSecretKey`, `KeyObject.from(cryptoKey)`,
// `export` (buffer, jwk), `equals`, `toCryptoKey`. Their bytes sit in the
// `secrets` map that createHmac and hkdf read. Public and private keys are
// not in sous.

const binding = internalBinding('crypto');
const { makeNodeError, isArrayBufferView, isAnyArrayBuffer, toUint8, secrets } = require('internal/crypto/util');

const kToken = Symbol('kToken');

class KeyObject {
  #type;

  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw makeNodeError('ERR_INVALID_ARG_VALUE', 'type', type);
    }
    if (handle !== kToken) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'handle', 'object', handle);
    this.#type = type;
  }

  get type() {
    return this.#type;
  }

  static from(key) {
    const bytes = secrets.get(key);
    if (bytes === undefined || key instanceof KeyObject) {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'key', 'CryptoKey', key);
    }
    return secretKeyObject(bytes);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'otherKeyObject', 'KeyObject', otherKeyObject);
    }
    const a = secrets.get(this);
    const b = secrets.get(otherKeyObject);
    return otherKeyObject.type === this.type && a.byteLength === b.byteLength && binding.timingSafeEqual(a, b);
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    const { subtleImport } = require('internal/crypto/webcrypto');
    return subtleImport(secrets.get(this), algorithm, extractable, keyUsages);
  }

  get [Symbol.toStringTag]() {
    return 'KeyObject';
  }
}

class SecretKeyObject extends KeyObject {
  get symmetricKeySize() {
    return secrets.get(this).byteLength;
  }

  export(options) {
    const format = options?.format;
    if (format === undefined || format === 'buffer') return Buffer.from(secrets.get(this));
    if (format === 'jwk') return { kty: 'oct', k: Buffer.from(secrets.get(this)).toString('base64url') };
    throw makeNodeError('ERR_INVALID_ARG_VALUE', 'options.format', format,
      "must be one of: undefined, 'buffer', 'jwk'");
  }
}

function secretKeyObject(bytes) {
  const key = new SecretKeyObject('secret', kToken);
  secrets.set(key, Uint8Array.from(bytes));
  return key;
}

function createSecretKey(key, encoding) {
  if (typeof key === 'string') return secretKeyObject(Buffer.from(key, encoding));
  if (!isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return secretKeyObject(toUint8(key));
}

module.exports = { KeyObject, createSecretKey };
