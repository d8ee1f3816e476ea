'use strict';
// `crypto`: digests, HMAC, random numbers, key derivation and Web Crypto,
// on RustCrypto's crates (runtime/ops/crypto/). Ciphers, signatures,
// key pairs (public/private KeyObjects) and X.509 are not in sous.

// The natives make Buffers once buffer.js has registered Buffer.prototype
// (Web Crypto alone, which returns ArrayBuffers, does without it).
require('buffer');
const { Hash, Hmac, createHash, createHmac, hash, getHashes } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7,
} = require('internal/crypto/random');
const { pbkdf2, pbkdf2Sync, hkdf, hkdfSync, scrypt, scryptSync } = require('internal/crypto/kdf');
const { KeyObject, createSecretKey } = require('internal/crypto/keys');
const { makeNodeError, nodeErrorWithMessage } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer, toUint8 } = require('internal/crypto/util');
const binding = internalBinding('crypto');

function timingSafeEqual(buf1, buf2) {
  for (const [value, name] of [[buf1, 'buf1'], [buf2, 'buf2']]) {
    if (!isArrayBufferView(value) && !isAnyArrayBuffer(value)) {
      // Node's message here comes from C++: no "Received ..." part.
      throw nodeErrorWithMessage('ERR_INVALID_ARG_TYPE', TypeError,
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  const a = toUint8(buf1);
  const b = toUint8(buf2);
  if (a.byteLength !== b.byteLength) throw makeNodeError('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH');
  return binding.timingSafeEqual(a, b);
}

function webcrypto() {
  return require('internal/crypto/webcrypto').crypto;
}

function getRandomValues(array) {
  return webcrypto().getRandomValues(array);
}

// OpenSSL's constants, as Node 24 (with OpenSSL 3.5) has them.
const cipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:' +
  'HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
const constants = Object.freeze({
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 810549392,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_SSLV23_PADDING: 2,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: cipherList,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: cipherList,
});

// sous has no FIPS module.
function getFips() {
  return 0;
}

module.exports = {
  Hash,
  Hmac,
  KeyObject,
  constants,
  createHash,
  createHmac,
  createSecretKey,
  getFips,
  getHashes,
  getRandomValues,
  hash,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
  scrypt,
  scryptSync,
  timingSafeEqual,
};

Object.defineProperties(module.exports, {
  webcrypto: { get: webcrypto, enumerable: true, configurable: true },
  subtle: { get: () => webcrypto().subtle, enumerable: true, configurable: true },
});
