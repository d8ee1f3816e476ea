// What Buffer is: a Uint8Array subclass, a lazy global equal to require('buffer').Buffer.
const B = require('buffer');
const b = Buffer.from('hi');
console.log(typeof Buffer, Buffer.name, Buffer.length);
console.log('global === require:', Buffer === B.Buffer, Buffer === require('node:buffer').Buffer);
console.log('prototype chain:', Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log('instance:', b instanceof Buffer, b instanceof Uint8Array, b.constructor === Buffer, b.constructor.name);
console.log('isBuffer:', Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer());
console.log('isEncoding:', ['utf8', 'UTF-8', 'hex', 'Base64', 'latin1', 'binary', 'ucs-2', 'buffer', 'nope', '', 5, null].map((e) => Buffer.isEncoding(e)).join(' '));
console.log('module:', B.kMaxLength, B.constants.MAX_LENGTH, B.INSPECT_MAX_BYTES, typeof B.SlowBuffer);
console.log('poolSize:', Buffer.poolSize);
console.log('descriptor:', Object.getOwnPropertyDescriptor(globalThis, 'Buffer') !== undefined, Object.keys(globalThis).includes('Buffer'));
for (let i = 0; i < 3; i++) console.log('loop access', i, typeof Buffer.from);
