// pbkdf2/pbkdf2Sync (RFC 6070 vectors and more digests), hkdf/hkdfSync
// (RFC 5869), scrypt/scryptSync (RFC 7914), sync and callback forms, and
// Node's argument errors.
const crypto = require('crypto');

console.log('pbkdf2 1', crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log('pbkdf2 2', crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'));
console.log('pbkdf2 4096', crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
console.log('pbkdf2 long', crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'));
console.log('pbkdf2 nul', crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex'));
for (const alg of ['md5', 'sha256', 'sha512', 'sha3-256', 'SHA384']) {
  console.log('pbkdf2', alg, crypto.pbkdf2Sync('pw', 'salt', 3, 70, alg).toString('base64'));
}

console.log('pbkdf2 buffers', crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 5, 16, 'sha256').toString('hex'));

const ikm = Buffer.alloc(22, 0x0b);
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
const okm = crypto.hkdfSync('sha256', ikm, salt, info, 42);
console.log('hkdf rfc5869', okm instanceof ArrayBuffer, Buffer.from(okm).toString('hex'));
console.log('hkdf sha1 empty salt', Buffer.from(crypto.hkdfSync('sha1', 'key', '', '', 30)).toString('hex'));
console.log('hkdf sha512 strings', Buffer.from(crypto.hkdfSync('sha512', 'secret', 'salt', 'info', 64)).toString('base64'));
console.log('hkdf max', crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength);

console.log('scrypt rfc7914', crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log('scrypt aliases', crypto.scryptSync('pw', 'salt', 16, { cost: 16, blockSize: 1, parallelization: 1 }).toString('hex'));
console.log('scrypt defaults', crypto.scryptSync('pw', 'salt', 16).toString('hex'));
console.log('scrypt r 0 is default', crypto.scryptSync('p', 's', 16, { N: 16, r: 0 }).toString('hex'));

function attempt(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('pbkdf2 keylen 0', () => crypto.pbkdf2Sync('pw', 'salt', 1, 0, 'sha256'));
attempt('pbkdf2 iterations 0', () => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1'));
attempt('pbkdf2 iterations 1.5', () => crypto.pbkdf2Sync('p', 's', 1.5, 10, 'sha1'));
attempt('pbkdf2 iterations string', () => crypto.pbkdf2Sync('p', 's', '1', 10, 'sha1'));
attempt('pbkdf2 keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
attempt('pbkdf2 digest unknown', () => crypto.pbkdf2Sync('p', 's', 1, 10, 'nope'));
attempt('pbkdf2 digest missing', () => crypto.pbkdf2Sync('p', 's', 1, 10));
attempt('pbkdf2 password number', () => crypto.pbkdf2Sync(1, 's', 1, 10, 'sha1'));
attempt('pbkdf2 salt object', () => crypto.pbkdf2Sync('p', {}, 1, 10, 'sha1'));
attempt('pbkdf2 no callback', () => crypto.pbkdf2('p', 's', 1, 10, 'sha1'));
attempt('pbkdf2 callback string', () => crypto.pbkdf2('p', 's', 1, 10, 'sha1', 'cb'));
attempt('hkdf keylen too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
attempt('hkdf keylen 0', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 0));
attempt('hkdf ikm number', () => crypto.hkdfSync('sha256', 1, 's', 'i', 4));
attempt('hkdf salt number', () => crypto.hkdfSync('sha256', 'k', 1, 'i', 4));
attempt('hkdf info too long', () => crypto.hkdfSync('sha256', 'k', 's', 'x'.repeat(1025), 4));
attempt('hkdf digest number', () => crypto.hkdfSync(1, 'k', 's', 'i', 4));
attempt('hkdf digest unknown', () => crypto.hkdfSync('nope', 'k', 's', 'i', 4));
attempt('hkdf length string', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 'x'));
attempt('hkdf no callback', () => crypto.hkdf('sha256', 'k', 's', 'i', 4));
attempt('scrypt N 3', () => crypto.scryptSync('p', 's', 64, { N: 3 }));
attempt('scrypt maxmem', () => crypto.scryptSync('p', 's', 16, { N: 1024, maxmem: 1000 }));
attempt('scrypt N and cost', () => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }));
attempt('scrypt keylen -1', () => crypto.scryptSync('p', 's', -1));
attempt('scrypt keylen string', () => crypto.scryptSync('p', 's', 'x'));
attempt('scrypt password number', () => crypto.scryptSync(1, 's', 4));
attempt('scrypt no callback', () => crypto.scrypt('p', 's', 4));

// The callback forms: after the synchronous code, with Node's argument shapes.
const order = ['start'];
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  console.log('pbkdf2 async', err, key.toString('hex'));
  crypto.hkdf('sha256', ikm, salt, info, 42, (err2, key2) => {
    console.log('hkdf async', err2, key2 instanceof ArrayBuffer, Buffer.from(key2).toString('hex'));
    crypto.scrypt('password', 'NaCl', 16, { N: 1024, r: 8, p: 16 }, (err3, key3) => {
      console.log('scrypt async', err3, key3.toString('hex'));
      crypto.scrypt('pw', 'salt', 8, (err4, key4) => {
        console.log('scrypt async no options', err4, key4.toString('hex'));
        crypto.hkdf('sha256', 'k', 's', 'i', 0, (err5) => {
          console.log('hkdf async 0', err5.message);
          crypto.pbkdf2('p', 's', 1, 0, 'sha1', (err6, key6) => console.log('pbkdf2 async 0', err6.message, key6));
        });
      });
    });
  });
});
order.push('after');
console.log(order.join(' '));
