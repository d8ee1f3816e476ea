// Web Crypto secret keys as JWK and raw-secret: import, export round trips,
// and each DataError of a JWK that does not fit the import.
const { subtle } = globalThis.crypto;

async function attempt(label, f) {
  try {
    const r = await f();
    console.log(label, 'ok', r instanceof CryptoKey ? JSON.stringify(r.algorithm) : r);
  } catch (e) {
    console.log(label, e.name, e.message);
  }
}

(async () => {
  const hmac = { name: 'HMAC', hash: 'SHA-256' };
  await attempt('raw-secret aes', async () => {
    const k = await subtle.importKey('raw-secret', new Uint8Array(16).fill(3), 'AES-GCM', true, ['encrypt']);
    return Buffer.from(await subtle.exportKey('raw-secret', k)).toString('hex');
  });
  await attempt('raw-secret pbkdf2', () => subtle.importKey('raw-secret', new Uint8Array(16), 'PBKDF2', false, ['deriveBits']));
  await attempt('jwk aes', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A128GCM' }, 'AES-GCM', true, ['encrypt']));
  await attempt('jwk hmac', () => subtle.importKey('jwk', { kty: 'oct', k: 'a2V5', alg: 'HS256' }, hmac, true, ['sign']));
  await attempt('jwk hmac sha-1', () => subtle.importKey('jwk', { kty: 'oct', k: 'a2V5', alg: 'HS1', use: 'sig', key_ops: ['sign', 'verify'], ext: true }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
  await attempt('round trip', async () => {
    const k = await subtle.importKey('jwk', { kty: 'oct', k: 'c2VjcmV0LWtleQ' }, { name: 'HMAC', hash: 'SHA-512' }, true, ['sign', 'verify']);
    return JSON.stringify(await subtle.exportKey('jwk', k));
  });
  await attempt('alg mismatch', () => subtle.importKey('jwk', { kty: 'oct', k: 'a2V5', alg: 'HS384' }, hmac, true, ['sign']));
  await attempt('kty', () => subtle.importKey('jwk', { kty: 'RSA', k: 'a2V5' }, hmac, true, ['sign']));
  await attempt('no k', () => subtle.importKey('jwk', { kty: 'oct' }, hmac, true, ['sign']));
  await attempt('ext', () => subtle.importKey('jwk', { kty: 'oct', k: 'a2V5', ext: false }, hmac, true, ['sign']));
  await attempt('key_ops', () => subtle.importKey('jwk', { kty: 'oct', k: 'a2V5', key_ops: ['verify'] }, hmac, true, ['sign']));
  await attempt('use', () => subtle.importKey('jwk', { kty: 'oct', k: 'a2V5', use: 'enc' }, hmac, true, ['sign']));
  await attempt('aes alg length', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A256GCM' }, 'AES-GCM', true, ['encrypt']));
  await attempt('pbkdf2 jwk', () => subtle.importKey('jwk', { kty: 'oct', k: 'a2V5' }, 'PBKDF2', false, ['deriveBits']));
})();
