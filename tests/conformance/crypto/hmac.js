// createHmac: RFC 4231 and RFC 2202 vectors, keys of every kind and
// encoding, a key longer than the block, the second digest, and Node's errors.
const crypto = require('crypto');

const key20 = Buffer.alloc(20, 0x0b);
for (const alg of ['sha224', 'sha256', 'sha384', 'sha512']) {
  console.log('rfc4231 1', alg, crypto.createHmac(alg, key20).update('Hi There').digest('hex'));
  console.log('rfc4231 2', alg, crypto.createHmac(alg, 'Jefe').update('what do ya want for nothing?').digest('hex'));
  console.log('rfc4231 6', alg, crypto.createHmac(alg, Buffer.alloc(131, 0xaa))
    .update('Test Using Larger Than Block-Size Key - Hash Key First').digest('base64'));
}
console.log('rfc2202 md5', crypto.createHmac('md5', Buffer.alloc(16, 0x0b)).update('Hi There').digest('hex'));
console.log('rfc2202 sha1', crypto.createHmac('sha1', 'Jefe').update('what do ya want for nothing?').digest('hex'));
for (const alg of ['sha512-256', 'sha3-256', 'sha3-512', 'sha1']) {
  console.log(alg, crypto.createHmac(alg, 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
}

const msg = 'message';
console.log('string key', crypto.createHmac('sha256', 'secret').update(msg).digest('hex'));
console.log('Buffer key', crypto.createHmac('sha256', Buffer.from('secret')).update(msg).digest('hex'));
console.log('ArrayBuffer key', crypto.createHmac('sha256', Uint8Array.from(Buffer.from('secret')).buffer).update(msg).digest('hex'));
console.log('Uint16Array key', crypto.createHmac('sha256', new Uint16Array([0x6573, 0x7263])).update(msg).digest('hex'));
console.log('DataView key', crypto.createHmac('sha256', new DataView(Uint8Array.from(Buffer.from('xsecret')).buffer, 1)).update(msg).digest('hex'));
console.log('hex key encoding', crypto.createHmac('sha256', '736563726574', { encoding: 'hex' }).update(msg).digest('hex'));
console.log('empty key', crypto.createHmac('sha256', '').update(msg).digest('base64url'));
console.log('upper name', crypto.createHmac('SHA256', 'secret').update(msg).digest('hex'));

const h = crypto.createHmac('sha1', 'k');
h.update('a').update(Buffer.from('b'));
console.log('first digest', h.digest('hex'));
console.log('second digest', JSON.stringify(h.digest('hex')), JSON.stringify(h.digest()), h.digest('buffer'));

function attempt(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('unknown digest', () => crypto.createHmac('nope', 'k'));
attempt('digest number', () => crypto.createHmac(1, 'k'));
attempt('key number', () => crypto.createHmac('sha256', 1));
attempt('key missing', () => crypto.createHmac('sha256'));
attempt('key null', () => crypto.createHmac('sha256', null));
attempt('update after digest', () => { const x = crypto.createHmac('sha256', 'k'); x.digest(); x.update('y'); });
attempt('update number', () => crypto.createHmac('sha256', 'k').update(5));
attempt('options number', () => crypto.createHmac('sha256', 'k', 5).update('x').digest('hex'));
