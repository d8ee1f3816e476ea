// Checks: variable-width integer reads/writes (1-6 bytes, every alias), BigInt64 reads/writes,
// swap16/32/64 and parent/offset, with Node's range and type errors.
const out = [];
const t = (label, f) => { try { out.push(`${label} ${require('util').inspect(f())}`); } catch (e) { out.push(`${label} throws ${e.name} ${e.code} ${e.message}`); } };
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xf7, 0x88, 0x99, 0xaa]);
for (const m of ['readIntLE', 'readIntBE', 'readUIntLE', 'readUIntBE', 'readUintLE', 'readUintBE']) {
  for (let n = 0; n <= 7; n++) t(`${m} ${n}`, () => b[m](3, n));
  t(`${m} noLen`, () => b[m](0));
  t(`${m} badOff`, () => b[m](9, 2));
  t(`${m} fracOff`, () => b[m](1.5, 2));
  t(`${m} strOff`, () => b[m]('1', 2));
}
for (const m of ['writeIntLE', 'writeIntBE', 'writeUIntLE', 'writeUIntBE']) {
  for (let n = 1; n <= 6; n++) {
    for (const v of [0, 1, -1, 255, 2 ** (8 * n - 1), 2 ** (8 * n) - 1, 2 ** (8 * n), -(2 ** (8 * n - 1)) - 1, 1.7, '12']) {
      const c = Buffer.alloc(8);
      t(`${m} ${n} ${v}`, () => [c[m](v, 1, n), c]);
    }
  }
  t(`${m} 7`, () => Buffer.alloc(8)[m](1, 0, 7));
}
for (const m of ['readBigInt64LE', 'readBigInt64BE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE']) {
  t(m, () => b[m](1)); t(`${m} 3`, () => b[m](3)); t(`${m} neg`, () => b[m](-1)); t(`${m} str`, () => b[m]('0'));
}
for (const m of ['writeBigInt64LE', 'writeBigInt64BE', 'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64BE']) {
  for (const v of [0n, -1n, 2n ** 63n, 2n ** 64n, -(2n ** 63n) - 1n, 5]) {
    const c = Buffer.alloc(9);
    t(`${m} ${v}`, () => [c[m](v, 1), c]);
  }
  t(`${m} bounds`, () => Buffer.alloc(9)[m](1n, 2));
}
for (const bits of [16, 32, 64]) {
  t(`swap${bits}`, () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])[`swap${bits}`]());
  t(`swap${bits} odd`, () => Buffer.alloc(3)[`swap${bits}`]());
}
t('readIntLE no offset', () => b.readIntLE(undefined, 2));
t('writeUIntBE no offset', () => Buffer.alloc(4).writeUIntBE(1, undefined, 2));
t('readInt8 no offset', () => b.readInt8());
t('copy into Uint16Array', () => { const x = new Uint16Array(3); return [b.copy(x, 1), x]; });
t('copy into DataView', () => b.copy(new DataView(new ArrayBuffer(3))));
t('copy into object', () => b.copy({}));
t('parent', () => [b.parent === b.buffer, b.offset === b.byteOffset, Buffer.prototype.parent, Object.keys(b).length]);
console.log(out.join('\n'));
