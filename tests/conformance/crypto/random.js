// randomBytes, randomFill(Sync), randomInt, randomUUID and getRandomValues:
// lengths, formats, ranges, the bytes outside a fill left alone, the
// callback forms, and Node's errors (random values are never printed).
const crypto = require('crypto');

function attempt(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const b = crypto.randomBytes(32);
console.log('randomBytes', Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length, crypto.randomBytes(1.9).length);
const many = crypto.randomBytes(4096);
console.log('not all zero', many.some((x) => x !== 0), 'distinct', !many.equals(crypto.randomBytes(4096)));

const target = new Uint8Array(16);
crypto.randomFillSync(target, 4, 8);
console.log('fill region untouched', [...target.subarray(0, 4), ...target.subarray(12)].every((x) => x === 0));
const ab = new ArrayBuffer(8);
console.log('fill ArrayBuffer', crypto.randomFillSync(ab) === ab);
const u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 1, 2);
console.log('fill Uint32Array elements', u32[0], u32[3]);
const dv = new DataView(new ArrayBuffer(8));
console.log('fill DataView', crypto.randomFillSync(dv) === dv);

for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(5, 10);
  if (n < 5 || n >= 10 || !Number.isInteger(n)) console.log('out of range', n);
  const m = crypto.randomInt(3);
  if (m < 0 || m >= 3) console.log('out of range', m);
  const big = crypto.randomInt(-(2 ** 47), 2 ** 47 - 1);
  if (big < -(2 ** 47) || big >= 2 ** 47 - 1) console.log('out of range', big);
}
console.log('randomInt(0, 1)', crypto.randomInt(0, 1), crypto.randomInt(-5, -4));
const seen = new Set();
for (let i = 0; i < 500; i++) seen.add(crypto.randomInt(4));
console.log('randomInt covers', [...seen].sort().join());

const uuid = crypto.randomUUID();
console.log('uuid v4', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid !== crypto.randomUUID());
console.log('uuid options', typeof crypto.randomUUID({ disableEntropyCache: true }));
const v7 = crypto.randomUUIDv7();
console.log('uuid v7', /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v7), v7 !== crypto.randomUUIDv7());
console.log('uuid v7 time', Math.abs(parseInt(v7.replace(/-/g, '').slice(0, 12), 16) - Date.now()) < 10000);

const values = new Uint16Array(8);
console.log('getRandomValues', crypto.getRandomValues(values) === values, globalThis.crypto.getRandomValues(new BigInt64Array(2)).length);
console.log('getRandomValues 65536', crypto.getRandomValues(new Uint8Array(65536)).length);

attempt('randomBytes -1', () => crypto.randomBytes(-1));
attempt('randomBytes string', () => crypto.randomBytes('1'));
attempt('randomBytes too big', () => crypto.randomBytes(2 ** 31));
attempt('randomBytes NaN', () => crypto.randomBytes(NaN));
attempt('randomBytes callback string', () => crypto.randomBytes(4, 'x'));
attempt('randomFill no callback', () => crypto.randomFill(new Uint8Array(4)));
attempt('randomFillSync offset', () => crypto.randomFillSync(new Uint8Array(4), 5));
attempt('randomFillSync size', () => crypto.randomFillSync(new Uint8Array(4), 1, 5));
attempt('randomFillSync offset string', () => crypto.randomFillSync(new Uint8Array(4), 'x'));
attempt('randomFillSync number', () => crypto.randomFillSync(1));
attempt('randomFillSync elements', () => crypto.randomFillSync(new Uint32Array(2), 0, 3));
attempt('randomInt max <= min', () => crypto.randomInt(10, 5));
attempt('randomInt 0', () => crypto.randomInt(0));
attempt('randomInt fraction', () => crypto.randomInt(1.5));
attempt('randomInt string', () => crypto.randomInt('1'));
attempt('randomInt min string', () => crypto.randomInt('1', 5));
attempt('randomInt 2**48', () => crypto.randomInt(2 ** 48));
attempt('randomInt range', () => crypto.randomInt(-(2 ** 47), 2 ** 47 + 1));
attempt('randomInt callback string', () => crypto.randomInt(0, 1, 'x'));
attempt('randomUUID number', () => crypto.randomUUID(1));
attempt('randomUUID option', () => crypto.randomUUID({ disableEntropyCache: 1 }));
attempt('randomUUIDv7 number', () => crypto.randomUUIDv7(1));
attempt('getRandomValues too big', () => crypto.getRandomValues(new Uint8Array(65537)));
attempt('getRandomValues float', () => crypto.getRandomValues(new Float64Array(2)));
attempt('getRandomValues DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
attempt('getRandomValues number', () => crypto.getRandomValues(1));
try {
  crypto.getRandomValues(new Float32Array(1));
} catch (e) {
  console.log('DOMException', e instanceof DOMException, e.name, e.code);
}

// Callback forms, after the synchronous code.
crypto.randomBytes(12, (err, buf) => {
  console.log('randomBytes async', err, Buffer.isBuffer(buf), buf.length);
  const into = Buffer.alloc(10);
  crypto.randomFill(into, 2, 4, (err2, same) => {
    console.log('randomFill async', err2, same === into, into.subarray(0, 2).equals(Buffer.alloc(2)), into.subarray(6).equals(Buffer.alloc(4)));
    crypto.randomFill(new Uint8Array(0), (err3, empty) => {
      console.log('randomFill empty', err3, empty.length);
      crypto.randomInt(7, (err4, n) => console.log('randomInt async', err4, n >= 0 && n < 7));
    });
  });
});
console.log('sync end');
