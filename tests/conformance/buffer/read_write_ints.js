// readUInt* / readInt* / writeUInt* / writeInt* and their range errors.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "throws", e.name, e.code, "|", e.message);
  }
};
const x = Buffer.from([1, 2, 3, 4, 0xff, 0xfe]);
t('reads', () => [x.readUInt8(0), x.readUInt16LE(0), x.readUInt16BE(0), x.readUInt32LE(0), x.readUInt32BE(0)].join(' '));
t('signed', () => [x.readInt8(4), x.readInt16LE(4), x.readInt16BE(4), x.readInt32BE(2), x.readInt32LE(2)].join(' '));
t('aliases', () => [x.readUint8(1), x.readUint16LE(1), x.readUint32BE(1)].join(' '));
t('default offset', () => x.readUInt16BE());
t('readUInt8 past end', () => x.readUInt8(6));
t('readUInt32 past end', () => x.readUInt32LE(3));
t('too small', () => Buffer.alloc(1).readUInt16LE(0));
t('empty', () => Buffer.alloc(0).readUInt8(0));
t('fractional offset', () => x.readUInt8(1.5));
t('string offset', () => x.readUInt8('1'));
const w = Buffer.alloc(10);
t('writes', () => [w.writeUInt8(255, 0), w.writeUInt16LE(0x1234, 1), w.writeUInt32BE(0xdeadbeef, 3), w.writeInt8(-2, 7), w.writeInt16BE(-2, 8), w.toString('hex')].join(' '));
t('writeUInt32LE', () => { const b = Buffer.alloc(4); b.writeUInt32LE(0x01020304); return b; });
t('writeInt32LE', () => { const b = Buffer.alloc(4); b.writeInt32LE(-5); return b; });
t('writeUInt8 range', () => w.writeUInt8(256));
t('writeInt8 range', () => w.writeInt8(-129));
t('writeInt16 range', () => w.writeInt16LE(40000));
t('writeUInt32 range', () => w.writeUInt32LE(-1));
t('write past end', () => w.writeUInt16LE(1, 9));
t('floats', () => { const b = Buffer.alloc(8); b.writeDoubleLE(1.5); const r = b.readDoubleLE(0); b.writeFloatBE(2.5, 0); return [r, b.readFloatBE(0)].join(' '); });
