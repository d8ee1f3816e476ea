// Secret KeyObjects: createSecretKey from each input kind, type, size,
// export as buffer and jwk, equals, use with createHmac and hkdfSync,
// toCryptoKey / KeyObject.from, and the errors; plus shared memory inputs.
const crypto = require('crypto');

function attempt(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const k = crypto.createSecretKey(Buffer.from('abc'));
console.log(k, k.type, k.symmetricKeySize, k instanceof crypto.KeyObject);
console.log('export', k.export(), k.export({ format: 'buffer' }), k.export({ format: 'jwk' }));
console.log('from string', crypto.createSecretKey('616263', 'hex').equals(k), crypto.createSecretKey('abd').equals(k));
console.log('from ArrayBuffer', crypto.createSecretKey(new Uint8Array([97, 98, 99]).buffer).equals(k));
console.log('from Uint16Array', crypto.createSecretKey(new Uint16Array([1, 2])).symmetricKeySize);
console.log('copies its bytes', (() => { const b = Buffer.from('xyz'); const key = crypto.createSecretKey(b); b[0] = 0; return key.export().toString(); })());
console.log('hmac', crypto.createHmac('sha256', k).update('x').digest('hex') === crypto.createHmac('sha256', 'abc').update('x').digest('hex'));
console.log('hkdf', Buffer.from(crypto.hkdfSync('sha256', k, 'salt', 'info', 16)).toString('hex'));
const ck = k.toCryptoKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
console.log('toCryptoKey', ck.type, JSON.stringify(ck.algorithm), ck.usages);
console.log('KeyObject.from', crypto.KeyObject.from(ck).equals(k));

attempt('createSecretKey number', () => crypto.createSecretKey(1));
attempt('export pem', () => k.export({ format: 'pem' }));
attempt('equals string', () => k.equals('abc'));
attempt('new KeyObject', () => new crypto.KeyObject('secret', {}));
attempt('new KeyObject type', () => new crypto.KeyObject('nope', {}));
attempt('toCryptoKey bad aes length', () => k.toCryptoKey('AES-GCM', true, ['encrypt']));

const shared = new Uint8Array(new SharedArrayBuffer(8));
shared.set([1, 2, 3, 4, 5, 6, 7, 8]);
console.log('pbkdf2 shared', crypto.pbkdf2Sync(shared, shared.buffer, 2, 8, 'sha256').toString('hex'));
console.log('hash shared', crypto.createHash('md5').update(shared).digest('hex'));
const sharedTarget = new Uint8Array(new SharedArrayBuffer(8));
crypto.randomFillSync(sharedTarget, 2, 2);
console.log('fill shared untouched', [...sharedTarget.subarray(0, 2), ...sharedTarget.subarray(4)].every((x) => x === 0));
