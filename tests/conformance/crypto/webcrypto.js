// Web Crypto: globalThis.crypto and require('crypto').webcrypto, subtle.digest,
// HMAC import/generate/sign/verify/export, PBKDF2 and HKDF deriveBits and
// deriveKey, AES-GCM encrypt/decrypt with a known key, and the DOMException
// names and Node error codes of their failures.
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');

async function attempt(label, f) {
  try {
    console.log(label, 'ok', await f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException);
  }
}

(async () => {
  console.log('same object', nodeCrypto.webcrypto === globalThis.crypto, nodeCrypto.subtle === subtle);
  console.log('tags', Object.prototype.toString.call(crypto), Object.prototype.toString.call(subtle));
  console.log('classes', typeof Crypto, typeof CryptoKey, typeof SubtleCrypto, crypto instanceof Crypto, subtle instanceof SubtleCrypto);
  console.log('randomUUID', /^[0-9a-f-]{36}$/.test(crypto.randomUUID()));

  const data = Uint8Array.from(Buffer.from('abc'));
  for (const alg of ['SHA-1', 'SHA-256', 'sha-384', { name: 'SHA-512' }]) {
    const out = await subtle.digest(alg, data);
    console.log('digest', JSON.stringify(alg), out instanceof ArrayBuffer, hex(out));
  }
  console.log('digest DataView', hex(await subtle.digest('SHA-256', new DataView(data.buffer))));
  console.log('digest ArrayBuffer', hex(await subtle.digest('SHA-256', data.buffer)));

  const key = await subtle.importKey('raw', Buffer.from('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log('key', key.type, key.extractable, JSON.stringify(key.algorithm), key.usages, key instanceof CryptoKey);
  const mac = await subtle.sign('HMAC', key, Buffer.from('The quick brown fox jumps over the lazy dog'));
  console.log('sign', hex(mac));
  console.log('verify good', await subtle.verify('HMAC', key, mac, Buffer.from('The quick brown fox jumps over the lazy dog')));
  console.log('verify bad', await subtle.verify({ name: 'HMAC' }, key, new Uint8Array(32), Buffer.from('x')));
  console.log('export raw', hex(await subtle.exportKey('raw', key)));
  console.log('export jwk', JSON.stringify(await subtle.exportKey('jwk', key)));
  console.log('createHmac with CryptoKey', nodeCrypto.createHmac('sha256', key).update('The quick brown fox jumps over the lazy dog').digest('hex'));

  const gen = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
  console.log('generate hmac', JSON.stringify(gen.algorithm), gen.extractable, gen.usages);
  const aesGen = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  console.log('generate aes', JSON.stringify(aesGen.algorithm), (await subtle.exportKey('raw', aesGen)).byteLength);

  const pw = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log('pbkdf2 key', JSON.stringify(pw.algorithm), pw.usages);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('salt'), iterations: 2 }, pw, 160);
  console.log('pbkdf2 bits', hex(bits));
  const derived = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from('salt'), iterations: 1 }, pw,
    { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  console.log('pbkdf2 deriveKey', JSON.stringify(derived.algorithm), hex(await subtle.exportKey('raw', derived)));

  const ikm = await subtle.importKey('raw', Buffer.alloc(22, 0x0b), 'HKDF', false, ['deriveBits']);
  const okm = await subtle.deriveBits({
    name: 'HKDF', hash: 'SHA-256',
    salt: Buffer.from('000102030405060708090a0b0c', 'hex'), info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'),
  }, ikm, 336);
  console.log('hkdf bits', hex(okm));
  console.log('hkdf 0 bits', (await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new Uint8Array(0) }, ikm, 0)).byteLength);

  const aes = await subtle.importKey('raw', new Uint8Array(16).fill(7), 'AES-GCM', true, ['encrypt', 'decrypt']);
  console.log('aes key', JSON.stringify(aes.algorithm));
  const iv = new Uint8Array(12).fill(1);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, aes, Buffer.from('hello'));
  console.log('encrypt', hex(ct));
  console.log('decrypt', Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, aes, ct)).toString());
  const aes256 = await subtle.importKey('raw', new Uint8Array(32).fill(9), { name: 'aes-gcm' }, false, ['encrypt']);
  console.log('encrypt 256 no aad', hex(await subtle.encrypt({ name: 'AES-GCM', iv }, aes256, new Uint8Array(40))));

  await attempt('decrypt wrong iv', () => subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12), additionalData: Buffer.from('aad') }, aes, ct));
  await attempt('decrypt wrong aad', () => subtle.decrypt({ name: 'AES-GCM', iv }, aes, ct));
  await attempt('digest MD5', () => subtle.digest('MD5', data));
  await attempt('digest string', () => subtle.digest('SHA-256', 'x'));
  await attempt('digest missing data', () => subtle.digest('SHA-256'));
  await attempt('digest no name', () => subtle.digest({}, data));
  await attempt('getRandomValues none', () => crypto.getRandomValues());
  await attempt('getRandomValues this', () => crypto.getRandomValues.call({}, new Uint8Array(1)));
  await attempt('new Crypto', () => new Crypto());
  await attempt('new CryptoKey', () => new CryptoKey());
  await attempt('hmac without hash', () => subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC' }, true, ['sign']));
  await attempt('hmac bad usage', () => subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']));
  await attempt('hmac no usages', () => subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' }, true, []));
  await attempt('hmac md5', () => subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'MD5' }, true, ['sign']));
  await attempt('hmac empty key', () => subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
  await attempt('import string', () => subtle.importKey('raw', 'abc', { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
  await attempt('pbkdf2 extractable', () => subtle.importKey('raw', new Uint8Array(16), 'PBKDF2', true, ['deriveBits']));
  await attempt('hkdf bad usage', () => subtle.importKey('raw', new Uint8Array(16), 'HKDF', false, ['sign']));
  await attempt('aes bad length', () => subtle.importKey('raw', new Uint8Array(15), 'AES-GCM', false, ['encrypt']));
  await attempt('aes bad usage', () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['sign']));
  await attempt('unknown algorithm', () => subtle.importKey('raw', new Uint8Array(16), 'FOO', true, ['encrypt']));
  await attempt('spki', () => subtle.importKey('spki', new Uint8Array(16), 'AES-GCM', true, ['encrypt']));
  await attempt('sign with aes key', () => subtle.sign('HMAC', aes, data));
  await attempt('encrypt with hmac key', () => subtle.encrypt({ name: 'AES-GCM', iv }, key, data));
  await attempt('encrypt without iv', () => subtle.encrypt({ name: 'AES-GCM' }, aes, data));
  await attempt('verify without usage', async () => subtle.verify('HMAC', await subtle.importKey('raw', Buffer.from('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']), mac, data));
  await attempt('export not extractable', () => subtle.exportKey('raw', gen));
  await attempt('export pbkdf2', () => subtle.exportKey('raw', pw));
  await attempt('pbkdf2 iterations 0', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: data, iterations: 0 }, pw, 128));
  await attempt('pbkdf2 length 127', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: data, iterations: 1 }, pw, 127));
  await attempt('pbkdf2 no length', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: data, iterations: 1 }, pw));
  await attempt('pbkdf2 salt string', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: 'x', iterations: 1 }, pw, 128));
  await attempt('pbkdf2 no salt', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1 }, pw, 128));
  await attempt('hkdf too long', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: data, info: data }, ikm, 255 * 256 + 8));
  await attempt('derive with wrong key', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: data, info: data }, pw, 128));
  await attempt('aes generate length', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));
  await attempt('aes generate no length', () => subtle.generateKey({ name: 'AES-GCM' }, true, ['encrypt']));
  await attempt('hmac generate length 0', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-384', length: 0 }, true, ['sign']));
})();
