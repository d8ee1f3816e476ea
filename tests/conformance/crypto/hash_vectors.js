// createHash over every algorithm sous has, with each output encoding, every
// input kind (string + encoding, Buffer, TypedArray, DataView), several
// updates, copy(), aliases and case, SHAKE output lengths, and crypto.hash.
const crypto = require('crypto');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'keccak-256'];
for (const alg of algorithms) {
  console.log(alg, crypto.createHash(alg).update('The quick brown fox jumps over the lazy dog').digest('hex'));
  console.log(alg, '(empty)', crypto.createHash(alg).digest('base64'));
}

const h = () => crypto.createHash('sha256');
console.log('hex', h().update('abc').digest('hex'));
console.log('base64', h().update('abc').digest('base64'));
console.log('base64url', h().update('abc').digest('base64url'));
console.log('latin1', JSON.stringify(h().update('abc').digest('latin1')));
console.log('binary', h().update('abc').digest('binary') === h().update('abc').digest('latin1'));
console.log('buffer', h().update('abc').digest());
console.log('"buffer"', h().update('abc').digest('buffer'));
console.log('unknown encoding gives a Buffer', Buffer.isBuffer(h().update('abc').digest('nope')));
console.log('utf16le length', h().update('abc').digest('utf16le').length);

console.log('utf8 input', h().update('héllo ☃').digest('hex'));
console.log('utf8 explicit', h().update('héllo ☃', 'utf8').digest('hex'));
console.log('latin1 input', h().update('héllo', 'latin1').digest('hex'));
console.log('hex input', h().update('00ff10', 'hex').digest('hex'));
console.log('base64 input', h().update('AP8Q', 'base64').digest('hex'));
console.log('utf16le input', h().update('hi', 'utf16le').digest('hex'));
console.log('unknown input encoding is utf8', h().update('x', 'nope').digest('hex') === h().update('x').digest('hex'));

const bytes = Buffer.from([0, 255, 16, 1, 2, 3, 4, 5]);
console.log('Buffer', h().update(bytes).digest('hex'));
console.log('Uint8Array', h().update(new Uint8Array(bytes)).digest('hex'));
console.log('Uint16Array', h().update(new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 8))).digest('hex'));
console.log('DataView', h().update(new DataView(bytes.buffer, bytes.byteOffset + 2, 4)).digest('hex'));
console.log('subarray', h().update(bytes.subarray(2, 6)).digest('hex'));

const parts = h().update('The quick ').update(Buffer.from('brown fox ')).update('jumps over the lazy dog');
console.log('parts', parts.digest('hex'));
const a = h().update('abc');
const b = a.copy();
b.update('def');
console.log('copy', a.digest('hex'), b.digest('hex'));
console.log('abcdef', h().update('abcdef').digest('hex'));
console.log('update returns this', (() => { const x = h(); return x.update('a') === x; })());

for (const alias of ['SHA256', 'RSA-SHA256', 'sha-256', 'sha2-256', 'sha256WithRSAEncryption', 'Sha-512/256', 'RSA-MD5', 'ssl3-sha1']) {
  console.log(alias, crypto.createHash(alias).update('abc').digest('hex'));
}

console.log('shake128', crypto.createHash('shake128').update('abc').digest('hex'));
console.log('shake256', crypto.createHash('shake256').update('abc').digest('hex'));
console.log('shake128/5', crypto.createHash('shake128', { outputLength: 5 }).update('abc').digest('hex'));
console.log('shake256/100', crypto.createHash('shake256', { outputLength: 100 }).update('abc').digest('hex'));
console.log('shake128/0', JSON.stringify(crypto.createHash('shake128', { outputLength: 0 }).digest('hex')));
console.log('sha256 outputLength 32', crypto.createHash('sha256', { outputLength: 32 }).update('abc').digest('hex'));

console.log('hash hex', crypto.hash('sha1', 'abc'));
console.log('hash base64', crypto.hash('sha1', 'abc', 'base64'));
console.log('hash buffer', crypto.hash('sha1', 'abc', 'buffer'));
console.log('hash Buffer input', crypto.hash('md5', Buffer.from('abc')));
console.log('hash options', crypto.hash('sha512', 'abc', { outputEncoding: 'base64url' }));
console.log('hash shake', crypto.hash('shake256', 'abc', { outputLength: 8 }));
console.log('hash upper', crypto.hash('SHA-256', 'abc'));

const names = crypto.getHashes();
console.log('getHashes has', ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake128', 'RSA-SHA256'].map((n) => names.includes(n)));
console.log('getHashes sorted', names.every((n, i) => i === 0 || names[i - 1] < n));
console.log('Hash class', crypto.createHash('md5') instanceof crypto.Hash, crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
