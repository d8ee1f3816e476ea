'use strict';
// Buffer's number methods: reads and writes of integers (8 to 48 bits, and
// 64 as BigInt) and floats in either byte order, with Node's range errors,
// and the byte swaps. buffer.js copies them onto Buffer.prototype.

const { nodeError, validateNumber } = require('internal/buffer/validators');

const methods = {};

// swap16/32/64: reverse the byte order of each 2, 4 or 8-byte group in place.
for (const bits of [16, 32, 64]) {
  const size = bits / 8;
  methods[`swap${bits}`] = {
    [`swap${bits}`]() {
      if (this.length % size !== 0) throw nodeError('ERR_INVALID_BUFFER_SIZE', `${bits}-bits`);
      for (let i = 0; i < this.length; i += size) {
        for (let a = i, b = i + size - 1; a < b; a++, b--) {
          const t = this[a]; this[a] = this[b]; this[b] = t;
        }
      }
      return this;
    },
  }[`swap${bits}`];
}

// Reads and writes of 8, 16 and 32-bit integers, with Node's range errors.
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw nodeError('ERR_OUT_OF_RANGE', type || 'offset', 'an integer', value);
  }
  if (length < 0) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS');
  throw nodeError('ERR_OUT_OF_RANGE', type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function readInt(buf, offset, size, signed, little) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + buf[little ? offset + size - 1 - i : offset + i];
  if (signed && v >= 2 ** (size * 8 - 1)) v -= 2 ** (size * 8);
  return v;
}

// Node's wording of an integer's range: exact bounds up to 32 bits, powers of two above.
function intRange(size, signed, n = '') {
  const bits = size * 8;
  if (size <= 4) {
    return signed ? `>= -${2 ** (bits - 1)} and <= ${2 ** (bits - 1) - 1}` : `>= 0 and <= ${2 ** bits - 1}`;
  }
  return signed ? `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}` : `>= 0${n} and < 2${n} ** ${bits}${n}`;
}

function writeInt(buf, value, offset, size, signed, little) {
  value = +value;
  const min = signed ? -(2 ** (size * 8 - 1)) : 0;
  const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
  if (value > max || value < min) throw nodeError('ERR_OUT_OF_RANGE', 'value', intRange(size, signed), value);
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  let v = value < 0 ? value + 2 ** (size * 8) : value;
  v = Math.trunc(v);
  for (let i = 0; i < size; i++) {
    buf[little ? offset + i : offset + size - 1 - i] = v & 255;
    v = Math.floor(v / 256);
  }
  return offset + size;
}

// Installs `read<name>`/`write<name>`, and their `Uint` spellings for the unsigned ones.
function defineReadWrite(name, read, write) {
  methods[`read${name}`] = read;
  methods[`write${name}`] = write;
  if (name.includes('UInt')) {
    const alias = name.replace('UInt', 'Uint');
    methods[`read${alias}`] = read;
    methods[`write${alias}`] = write;
  }
}

const intMethods = [
  ['UInt8', 1, false, true], ['UInt16LE', 2, false, true], ['UInt16BE', 2, false, false],
  ['UInt32LE', 4, false, true], ['UInt32BE', 4, false, false],
  ['Int8', 1, true, true], ['Int16LE', 2, true, true], ['Int16BE', 2, true, false],
  ['Int32LE', 4, true, true], ['Int32BE', 4, true, false],
];
for (const [name, size, signed, little] of intMethods) {
  const read = {
    [`read${name}`](offset = 0) { return readInt(this, offset, size, signed, little); },
  }[`read${name}`];
  const write = {
    [`write${name}`](value, offset = 0) { return writeInt(this, value, offset, size, signed, little); },
  }[`write${name}`];
  defineReadWrite(name, read, write);
}

// readIntLE(offset, byteLength) & co.: 1 to 6 bytes.
function validateByteLength(byteLength) {
  if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) {
    boundsError(byteLength, 6, 'byteLength');
  }
}
for (const [name, signed, little] of [['IntLE', true, true], ['IntBE', true, false], ['UIntLE', false, true],
  ['UIntBE', false, false]]) {
  const read = {
    [`read${name}`](offset, byteLength) {
      // Unlike readInt8 & co., the offset has no default here (nor in the writes).
      if (offset === undefined) throw nodeError('ERR_INVALID_ARG_TYPE', 'offset', 'number', offset);
      validateByteLength(byteLength);
      return readInt(this, offset, byteLength, signed, little);
    },
  }[`read${name}`];
  const write = {
    [`write${name}`](value, offset, byteLength) {
      validateByteLength(byteLength);
      return writeInt(this, value, offset, byteLength, signed, little);
    },
  }[`write${name}`];
  defineReadWrite(name, read, write);
}

// 64-bit integers as BigInt.
const dataView = (buf) => new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
for (const [name, signed, little] of [['BigInt64LE', true, true], ['BigInt64BE', true, false],
  ['BigUInt64LE', false, true], ['BigUInt64BE', false, false]]) {
  const get = signed ? 'getBigInt64' : 'getBigUint64';
  const set = signed ? 'setBigInt64' : 'setBigUint64';
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  const read = {
    [`read${name}`](offset = 0) {
      validateNumber(offset, 'offset');
      if (this[offset] === undefined || this[offset + 7] === undefined) boundsError(offset, this.length - 8);
      return dataView(this)[get](offset, little);
    },
  }[`read${name}`];
  const write = {
    [`write${name}`](value, offset = 0) {
      if (value > max || value < min) throw nodeError('ERR_OUT_OF_RANGE', 'value', intRange(8, signed, 'n'), value);
      validateNumber(offset, 'offset');
      if (this[offset] === undefined || this[offset + 7] === undefined) boundsError(offset, this.length - 8);
      // V8's words: Node splits the value with BigInt operators, which refuse a Number.
      if (typeof value !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
      dataView(this)[set](offset, BigInt.asIntN(64, value), little);
      return offset + 8;
    },
  }[`write${name}`];
  defineReadWrite(name, read, write);
}

function floatMethod(name, size, little, isRead) {
  const get = size === 4 ? 'Float32' : 'Float64';
  if (isRead) {
    methods[name] = function (offset = 0) {
      validateNumber(offset, 'offset');
      if (this[offset] === undefined || this[offset + size - 1] === undefined) boundsError(offset, this.length - size);
      return new DataView(this.buffer, this.byteOffset, this.byteLength)[`get${get}`](offset, little);
    };
  } else {
    methods[name] = function (value, offset = 0) {
      validateNumber(offset, 'offset');
      if (this[offset] === undefined || this[offset + size - 1] === undefined) boundsError(offset, this.length - size);
      new DataView(this.buffer, this.byteOffset, this.byteLength)[`set${get}`](offset, +value, little);
      return offset + size;
    };
  }
}
floatMethod('readFloatLE', 4, true, true);
floatMethod('readFloatBE', 4, false, true);
floatMethod('readDoubleLE', 8, true, true);
floatMethod('readDoubleBE', 8, false, true);
floatMethod('writeFloatLE', 4, true, false);
floatMethod('writeFloatBE', 4, false, false);
floatMethod('writeDoubleLE', 8, true, false);
floatMethod('writeDoubleBE', 8, false, false);

module.exports = methods;
