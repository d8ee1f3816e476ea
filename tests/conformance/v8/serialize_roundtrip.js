// v8.deserialize(v8.serialize(x)) gives back x: types, shared and circular references, views
// (a Buffer stays a Buffer), errors with cause; the Serializer/Deserializer classes write and
// read raw numbers beside values; bad data throws.
const v8 = require('v8');
const util = require('util');
const value = {
  n: -5, big: 2 ** 40, s: 'caf\u00e9 \u20ac', sparse: [1, , 3], date: new Date(5), re: /x/gi,
  map: new Map([[{ k: 1 }, new Set([1n, -(2n ** 70n)])]]), buf: Buffer.from('hi'), u16: new Uint16Array([1, 65535]),
  f64: new Float64Array([0.5]), ab: new ArrayBuffer(2), num: new Number(-0), str: new String('x'),
  bool: new Boolean(false), nested: [[[]]], props: Object.assign([1.5, 2], { x: 'y' }),
  err: new TypeError('bad', { cause: 'why' }),
};
value.self = value;
value.twice = [value.map, value.map];
const back = v8.deserialize(v8.serialize(value));
const { err, buf, self, twice, ...rest } = back;
console.log(util.inspect(rest, { depth: 4 }));
console.log(back.self === back, back.twice[0] === back.twice[1], back.twice[0] === back.map);
console.log(err instanceof TypeError, err.message, err.cause, Buffer.isBuffer(buf), buf.toString());
console.log(util.isDeepStrictEqual(v8.deserialize(v8.serialize([1, 'a', { b: [2] }])), [1, 'a', { b: [2] }]));

const ser = new v8.Serializer();
ser.writeHeader();
console.log(ser.writeValue([new Uint8Array([1, 2]), 7]));
ser.writeUint32(300);
ser.writeDouble(1.5);
ser.writeUint64(1, 2);
ser.writeRawBytes(Buffer.from([9, 8]));
const bytes = ser.releaseBuffer();
console.log(bytes.toString('hex'));
const des = new v8.Deserializer(bytes);
console.log(des.readHeader(), des.getWireFormatVersion());
console.log(des.readValue(), des.readUint32(), des.readDouble(), des.readUint64(), des.readRawBytes(2));
for (const bad of [Buffer.from([0xff, 0x0f, 0x99]), Buffer.from([0xff, 0x0f, 0x6f])]) {
  try {
    v8.deserialize(bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
