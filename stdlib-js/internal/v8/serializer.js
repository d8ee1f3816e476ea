'use strict';
// V8's ValueSerializer in JavaScript: the wire format (version 15) that
// `v8.serialize`, `structuredClone` in Node and child_process's 'advanced'
// serialization speak, byte for byte as V8 writes it for the same value.
// What V8 decides from its own object layout is judged from the value: a
// number is a small integer ('I') when it is an int32 other than -0, an array
// is dense when it has no holes, and an array of numbers with any non-int32
// among them stores doubles ('N') throughout, as V8's double elements do;
// a string is one-byte when every unit is below 256.

const { Buffer } = require('buffer');
const { types } = require('internal/inspect/types');

const kLatestVersion = 15;

// The tags (V8's SerializationTag), as character codes.
const tag = (c) => c.charCodeAt(0);
const T = {
  version: 0xff, padding: 0x00, verifyObjectCount: tag('?'), theHole: tag('-'), undefined: tag('_'),
  null: tag('0'), true: tag('T'), false: tag('F'), int32: tag('I'), uint32: tag('U'), double: tag('N'),
  bigint: tag('Z'), utf8String: tag('S'), oneByteString: tag('"'), twoByteString: tag('c'),
  objectReference: tag('^'), beginObject: tag('o'), endObject: tag('{'), beginSparseArray: tag('a'),
  endSparseArray: tag('@'), beginDenseArray: tag('A'), endDenseArray: tag('$'), date: tag('D'),
  trueObject: tag('y'), falseObject: tag('x'), numberObject: tag('n'), bigintObject: tag('z'),
  stringObject: tag('s'), regexp: tag('R'), beginMap: tag(';'), endMap: tag(':'), beginSet: tag("'"),
  endSet: tag(','), arrayBuffer: tag('B'), resizableArrayBuffer: tag('~'), arrayBufferTransfer: tag('t'),
  arrayBufferView: tag('V'), sharedArrayBuffer: tag('u'), hostObject: tag('\\'), error: tag('r'),
};

// The subtags of a view written by V8 itself ('V'), by constructor name.
const viewTags = {
  Int8Array: 'b', Uint8Array: 'B', Uint8ClampedArray: 'C', Int16Array: 'w', Uint16Array: 'W', Int32Array: 'd',
  Uint32Array: 'D', Float16Array: 'h', Float32Array: 'f', Float64Array: 'F', BigInt64Array: 'q',
  BigUint64Array: 'Q', DataView: '?',
};

// Error subtags: the prototype (none for Error), then message, stack, cause, end.
const errorPrototypeTags = {
  EvalError: 'E', RangeError: 'R', ReferenceError: 'F', SyntaxError: 'S', TypeError: 'T', URIError: 'U',
};

// RegExp flags as V8 numbers them.
const regexpFlags = ['g', 'i', 'm', 'y', 'u', 's', 'l', 'd', 'v'];

const isInt32 = (n) => (n | 0) === n && !Object.is(n, -0);
const typedArrayName = (v) => (types.isDataView(v) ? 'DataView' :
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(v));

class Serializer {
  #bytes = new Uint8Array(64);
  #size = 0;
  #ids = new Map();
  #transferred = new Map();
  #viewsAsHostObjects = false;

  writeHeader() {
    this.#byte(T.version);
    this.writeUint32(kLatestVersion);
  }

  writeValue(value) {
    this.#writeObject(value);
    return true;
  }

  releaseBuffer() {
    const out = Buffer.from(this.#bytes.buffer, 0, this.#size);
    this.#bytes = new Uint8Array(64);
    this.#size = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isAnyArrayBuffer(arrayBuffer)) {
      throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'arrayBuffer', 'ArrayBuffer', arrayBuffer);
    }
    this.#transferred.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) {
    this.#varint(BigInt(value >>> 0));
  }

  writeUint64(hi, lo) {
    this.#varint((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }

  writeDouble(value) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, +value, true);
    this.#raw(bytes);
  }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'source',
        ['Buffer', 'TypedArray', 'DataView'], source);
    }
    this.#raw(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this.#viewsAsHostObjects = Boolean(flag);
  }

  _writeHostObject(object) {
    throw this.#cloneError(`Unserializable host object: ${require('internal/inspect').inspect(object)}`);
  }

  _getSharedArrayBufferId() {
    throw this.#cloneError('#<SharedArrayBuffer> could not be cloned.');
  }

  #cloneError(message) {
    const make = this._getDataCloneError;
    return typeof make === 'function' ? Reflect.construct(make, [message]) : new Error(message);
  }

  #reserve(n) {
    if (this.#size + n <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#size + n));
    grown.set(this.#bytes.subarray(0, this.#size));
    this.#bytes = grown;
  }

  #byte(b) {
    this.#reserve(1);
    this.#bytes[this.#size++] = b;
  }

  #raw(bytes) {
    this.#reserve(bytes.length);
    this.#bytes.set(bytes, this.#size);
    this.#size += bytes.length;
  }

  #varint(n) {
    do {
      let b = Number(n & 0x7fn);
      n >>= 7n;
      if (n !== 0n) b |= 0x80;
      this.#byte(b);
    } while (n !== 0n);
  }

  #smallVarint(n) {
    do {
      let b = n & 0x7f;
      n = Math.floor(n / 128);
      if (n !== 0) b |= 0x80;
      this.#byte(b);
    } while (n !== 0);
  }

  #double(n) {
    this.#byte(T.double);
    this.writeDouble(n);
  }

  #number(n) {
    if (isInt32(n)) {
      this.#byte(T.int32);
      this.#smallVarint(((n << 1) ^ (n >> 31)) >>> 0);
    } else {
      this.#double(n);
    }
  }

  #string(s) {
    if (/^[\x00-\xff]*$/.test(s)) {
      this.#byte(T.oneByteString);
      this.#smallVarint(s.length);
      this.#reserve(s.length);
      for (let i = 0; i < s.length; i++) this.#bytes[this.#size++] = s.charCodeAt(i);
      return;
    }
    const byteLength = s.length * 2;
    // V8 aligns two-byte strings: a padding byte when the text would start at an odd offset.
    let varintLength = 1;
    for (let n = byteLength; n >= 128; n = Math.floor(n / 128)) varintLength++;
    if ((this.#size + 1 + varintLength) & 1) this.#byte(T.padding);
    this.#byte(T.twoByteString);
    this.#smallVarint(byteLength);
    this.#reserve(byteLength);
    for (let i = 0; i < s.length; i++) {
      const unit = s.charCodeAt(i);
      this.#bytes[this.#size++] = unit & 0xff;
      this.#bytes[this.#size++] = unit >> 8;
    }
  }

  #bigintDigits(n) {
    const negative = n < 0n;
    let magnitude = negative ? -n : n;
    const digits = [];
    while (magnitude > 0n) {
      digits.push(magnitude & 0xffffffffffffffffn);
      magnitude >>= 64n;
    }
    this.#smallVarint(digits.length * 16 + (negative ? 1 : 0));
    const bytes = new Uint8Array(digits.length * 8);
    const view = new DataView(bytes.buffer);
    digits.forEach((digit, i) => view.setBigUint64(i * 8, digit, true));
    this.#raw(bytes);
  }

  #writeObject(value) {
    switch (typeof value) {
      case 'undefined': return this.#byte(T.undefined);
      case 'boolean': return this.#byte(value ? T.true : T.false);
      case 'number': return this.#number(value);
      case 'bigint':
        this.#byte(T.bigint);
        return this.#bigintDigits(value);
      case 'string': return this.#string(value);
      case 'symbol': throw this.#cloneError(`${String(value)} could not be cloned.`);
      case 'function': throw this.#cloneError(`${Function.prototype.toString.call(value)} could not be cloned.`);
      default:
        if (value === null) return this.#byte(T.null);
        return this.#writeReceiver(value);
    }
  }

  #writeReceiver(value) {
    const id = this.#ids.get(value);
    if (id !== undefined) {
      this.#byte(T.objectReference);
      return this.#smallVarint(id);
    }
    // A view V8 writes itself follows its buffer, which gets the earlier id.
    if (ArrayBuffer.isView(value) && !this.#viewsAsHostObjects) this.#writeReceiver(value.buffer);
    if (this.#ids.has(value)) return this.#writeReceiver(value);
    this.#ids.set(value, this.#ids.size);
    if (Array.isArray(value)) return this.#array(value);
    if (ArrayBuffer.isView(value)) return this.#view(value);
    if (types.isAnyArrayBuffer(value)) return this.#arrayBuffer(value);
    if (types.isDate(value)) {
      this.#byte(T.date);
      return this.writeDouble(Date.prototype.getTime.call(value));
    }
    if (types.isRegExp(value)) {
      this.#byte(T.regexp);
      this.#string(value.source);
      let flags = 0;
      regexpFlags.forEach((flag, bit) => { if (value.flags.includes(flag)) flags |= 1 << bit; });
      return this.#smallVarint(flags);
    }
    if (types.isMap(value)) return this.#map(value);
    if (types.isSet(value)) return this.#set(value);
    if (types.isNativeError(value)) return this.#error(value);
    if (types.isBoxedPrimitive(value)) return this.#boxed(value);
    if (types.isProxy(value) || types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
        types.isGeneratorObject(value) || types.isModuleNamespaceObject(value) || types.isExternal?.(value)) {
      throw this.#cloneError(`#<${constructorName(value)}> could not be cloned.`);
    }
    this.#byte(T.beginObject);
    const count = this.#properties(value, Object.keys(value));
    this.#byte(T.endObject);
    return this.#smallVarint(count);
  }

  // Own enumerable properties as key, value pairs (index keys as numbers); how many written.
  #properties(object, keys) {
    let count = 0;
    for (const key of keys) {
      if (!Object.prototype.propertyIsEnumerable.call(object, key)) continue;
      const index = Number(key);
      if (`${index}` === key && index >= 0 && index < 2 ** 32 - 1) this.#number(index);
      else this.#string(key);
      this.#writeObject(object[key]);
      count++;
    }
    return count;
  }

  #array(array) {
    const length = array.length;
    let dense = true;
    let doubles = false;
    let numbers = true;
    for (let i = 0; i < length && dense; i++) {
      if (!Object.prototype.hasOwnProperty.call(array, i)) dense = false;
      else if (typeof array[i] !== 'number') numbers = false;
      else if (!isInt32(array[i])) doubles = true;
    }
    const extraKeys = Object.keys(array).filter((k) => !(`${Number(k)}` === k && Number(k) < length));
    if (dense) {
      this.#byte(T.beginDenseArray);
      this.#smallVarint(length);
      for (let i = 0; i < length; i++) {
        if (numbers && doubles) this.#double(array[i]);
        else this.#writeObject(array[i]);
      }
      const count = this.#properties(array, extraKeys);
      this.#byte(T.endDenseArray);
      this.#smallVarint(count);
      return this.#smallVarint(length);
    }
    this.#byte(T.beginSparseArray);
    this.#smallVarint(length);
    const count = this.#properties(array, Object.keys(array));
    this.#byte(T.endSparseArray);
    this.#smallVarint(count);
    return this.#smallVarint(length);
  }

  #view(view) {
    if (this.#viewsAsHostObjects) {
      this.#byte(T.hostObject);
      return this._writeHostObject(view);
    }
    this.#byte(T.arrayBufferView);
    this.#byte(tag(viewTags[typedArrayName(view)]));
    this.#smallVarint(view.byteOffset);
    this.#smallVarint(view.byteLength);
    return this.#smallVarint(0);
  }

  #arrayBuffer(buffer) {
    const transferId = this.#transferred.get(buffer);
    if (transferId !== undefined) {
      this.#byte(T.arrayBufferTransfer);
      return this.#smallVarint(transferId);
    }
    if (types.isSharedArrayBuffer(buffer)) {
      const id = this._getSharedArrayBufferId(buffer);
      this.#byte(T.sharedArrayBuffer);
      return this.#smallVarint(id);
    }
    const bytes = new Uint8Array(buffer);
    if (buffer.resizable) {
      this.#byte(T.resizableArrayBuffer);
      this.#smallVarint(bytes.length);
      this.#smallVarint(buffer.maxByteLength);
    } else {
      this.#byte(T.arrayBuffer);
      this.#smallVarint(bytes.length);
    }
    return this.#raw(bytes);
  }

  #map(map) {
    this.#byte(T.beginMap);
    const entries = [...Map.prototype.entries.call(map)];
    for (const [key, value] of entries) {
      this.#writeObject(key);
      this.#writeObject(value);
    }
    this.#byte(T.endMap);
    return this.#smallVarint(entries.length * 2);
  }

  #set(set) {
    this.#byte(T.beginSet);
    const values = [...Set.prototype.values.call(set)];
    for (const value of values) this.#writeObject(value);
    this.#byte(T.endSet);
    return this.#smallVarint(values.length);
  }

  #error(error) {
    this.#byte(T.error);
    const name = Object.getPrototypeOf(error)?.name;
    if (Object.hasOwn(errorPrototypeTags, name)) this.#byte(tag(errorPrototypeTags[name]));
    const message = Object.getOwnPropertyDescriptor(error, 'message');
    if (message !== undefined && 'value' in message) {
      this.#byte(tag('m'));
      this.#string(String(message.value));
    }
    const stack = error.stack;
    if (typeof stack === 'string') {
      this.#byte(tag('s'));
      this.#string(stack);
    }
    const cause = Object.getOwnPropertyDescriptor(error, 'cause');
    if (cause !== undefined && 'value' in cause) {
      this.#byte(tag('c'));
      this.#writeObject(cause.value);
    }
    this.#byte(tag('.'));
  }

  #boxed(value) {
    if (types.isBooleanObject(value)) return this.#byte(Boolean.prototype.valueOf.call(value) ? T.trueObject : T.falseObject);
    if (types.isNumberObject(value)) {
      this.#byte(T.numberObject);
      return this.writeDouble(Number.prototype.valueOf.call(value));
    }
    if (types.isBigIntObject(value)) {
      this.#byte(T.bigintObject);
      return this.#bigintDigits(BigInt.prototype.valueOf.call(value));
    }
    if (types.isStringObject(value)) {
      this.#byte(T.stringObject);
      return this.#string(String.prototype.valueOf.call(value));
    }
    throw this.#cloneError(`${String(value)} could not be cloned.`);
  }
}

function constructorName(value) {
  try {
    return value.constructor?.name || 'Object';
  } catch {
    return 'Object';
  }
}

module.exports = { Serializer, T, viewTags, errorPrototypeTags, regexpFlags, kLatestVersion };
