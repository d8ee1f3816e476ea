// SubtleCrypto.supports (Node 24, experimental) for what sous has and what it
// has not, and the brand checks of Crypto and SubtleCrypto methods.
const S = SubtleCrypto;
const none = new Uint8Array(0);
console.log('digest', S.supports('digest', 'SHA-256'), S.supports('digest', 'MD5'));
console.log('encrypt', S.supports('encrypt', { name: 'AES-GCM', iv: new Uint8Array(12) }), S.supports('encrypt', 'AES-GCM'));
console.log('sign', S.supports('sign', 'HMAC'), S.supports('verify', 'HMAC'));
console.log('importKey', S.supports('importKey', { name: 'HMAC', hash: 'SHA-256' }), S.supports('importKey', 'HMAC'));
console.log('exportKey', S.supports('exportKey', 'HMAC'), S.supports('exportKey', 'PBKDF2'));
console.log('generateKey', S.supports('generateKey', { name: 'AES-GCM', length: 256 }), S.supports('generateKey', { name: 'AES-GCM', length: 100 }));
console.log('deriveBits', S.supports('deriveBits', { name: 'PBKDF2', hash: 'SHA-256', salt: none, iterations: 1 }, 128));
console.log('deriveKey', S.supports('deriveKey', { name: 'HKDF', hash: 'SHA-256', salt: none, info: none }, { name: 'AES-GCM', length: 128 }));
console.log('unknown operation', S.supports('nope', 'SHA-256'));
for (const [label, f] of [
  ['no args', () => S.supports()],
  ['this', () => S.supports.call(undefined, 'digest', 'SHA-256')],
  ['subtle getter', () => Reflect.get(Crypto.prototype, 'subtle', {})],
  ['randomUUID this', () => crypto.randomUUID.call({})],
]) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
(async () => {
  const notSubtle = Reflect.construct(function () {}, [], SubtleCrypto);
  for (const method of ['digest', 'encrypt', 'sign', 'importKey', 'exportKey', 'deriveBits', 'generateKey']) {
    await notSubtle[method]().catch((e) => console.log(method, e.name, e.code, e.message));
  }
})();
