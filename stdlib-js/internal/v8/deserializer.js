'use strict';
// V8's ValueDeserializer in JavaScript: reads what internal/v8/serializer.js
// (or V8 itself, up to wire format 15) wrote.

const { Buffer } = require('buffer');
const { T, viewTags, errorPrototypeTags, regexpFlags, kLatestVersion } = require('internal/v8/serializer');

const viewByTag = Object.fromEntries(Object.entries(viewTags).map(([name, t]) => [t.charCodeAt(0), name]));
const errorByTag = Object.fromEntries(Object.entries(errorPrototypeTags).map(([name, t]) => [t.charCodeAt(0), name]));

function dataCloneError(message) {
  return new Error(message);
}

class Deserializer {
  #bytes;
  #position = 0;
  #version = kLatestVersion;
  #objects = [];
  #transferred = new Map();

  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'buffer',
        ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this.#bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    Object.defineProperty(this, 'buffer', { value: buffer, enumerable: true, configurable: true, writable: true });
  }

  readHeader() {
    if (this.#bytes[this.#position] === T.version) {
      this.#position++;
      this.#version = this.#varint();
      if (this.#version > kLatestVersion) throw dataCloneError('Unable to deserialize cloned data due to invalid or unsupported version.');
    } else {
      this.#version = 0;
    }
    return true;
  }

  getWireFormatVersion() {
    return this.#version;
  }

  readValue() {
    return this.#readObject();
  }

  transferArrayBuffer(id, arrayBuffer) {
    this.#transferred.set(id >>> 0, arrayBuffer);
  }

  readUint32() {
    return this.#varint() >>> 0;
  }

  readUint64() {
    const n = this.#bigVarint();
    return [Number(n >> 32n) >>> 0, Number(n & 0xffffffffn) >>> 0];
  }

  readDouble() {
    const bytes = this.#take(8);
    return new DataView(bytes.buffer, bytes.byteOffset, 8).getFloat64(0, true);
  }

  _readRawBytes(length) {
    const offset = this.#position;
    this.#take(length);
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + offset, length);
  }

  _readHostObject() {
    throw dataCloneError('Unable to deserialize cloned data.');
  }

  #fail() {
    return dataCloneError('Unable to deserialize cloned data.');
  }

  #take(n) {
    if (n < 0 || this.#position + n > this.#bytes.length) throw this.#fail();
    const out = this.#bytes.subarray(this.#position, this.#position + n);
    this.#position += n;
    return out;
  }

  #byte() {
    if (this.#position >= this.#bytes.length) throw this.#fail();
    return this.#bytes[this.#position++];
  }

  #varint() {
    let n = 0;
    let scale = 1;
    let b;
    do {
      b = this.#byte();
      n += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80);
    return n;
  }

  #bigVarint() {
    let n = 0n;
    let shift = 0n;
    let b;
    do {
      b = this.#byte();
      n |= BigInt(b & 0x7f) << shift;
      shift += 7n;
    } while (b & 0x80);
    return n;
  }

  // The next tag, past any padding.
  #tag() {
    let t;
    do t = this.#byte(); while (t === T.padding);
    return t;
  }

  #peekTag() {
    let at = this.#position;
    while (at < this.#bytes.length && this.#bytes[at] === T.padding) at++;
    return at < this.#bytes.length ? this.#bytes[at] : undefined;
  }

  #string(t) {
    const length = this.#varint();
    const bytes = this.#take(length);
    if (t === T.oneByteString) {
      let s = '';
      for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
      return s;
    }
    if (t === T.utf8String) return Buffer.prototype.toString.call(bytes, 'utf8');
    if (length & 1) throw this.#fail();
    return Buffer.prototype.toString.call(bytes, 'utf16le');
  }

  #readString() {
    const t = this.#tag();
    if (t !== T.oneByteString && t !== T.twoByteString && t !== T.utf8String) throw this.#fail();
    return this.#string(t);
  }

  #bigint() {
    const bitfield = this.#varint();
    const bytes = this.#take(Math.floor(bitfield / 2));
    let n = 0n;
    for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
    return bitfield & 1 ? -n : n;
  }

  #remember(object) {
    this.#objects.push(object);
    return object;
  }

  #readObject() {
    const t = this.#tag();
    let result = this.#readObjectOfTag(t);
    // A view V8 wrote itself follows its buffer.
    if (result instanceof ArrayBuffer && this.#peekTag() === T.arrayBufferView) {
      this.#tag();
      result = this.#view(result);
    }
    return result;
  }

  #readObjectOfTag(t) {
    switch (t) {
      case T.verifyObjectCount:
        this.#varint();
        return this.#readObject();
      case T.undefined: return undefined;
      case T.null: return null;
      case T.true: return true;
      case T.false: return false;
      case T.int32: {
        const z = this.#varint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case T.uint32: return this.#varint();
      case T.double: return this.readDouble();
      case T.bigint: return this.#bigint();
      case T.utf8String:
      case T.oneByteString:
      case T.twoByteString: return this.#string(t);
      case T.objectReference: {
        const id = this.#varint();
        if (id >= this.#objects.length) throw this.#fail();
        return this.#objects[id];
      }
      case T.beginObject: {
        const object = this.#remember({});
        this.#properties(object, T.endObject);
        return object;
      }
      case T.beginSparseArray: {
        const length = this.#varint();
        const array = this.#remember(new Array(length));
        this.#properties(array, T.endSparseArray);
        this.#varint();
        return array;
      }
      case T.beginDenseArray: {
        const length = this.#varint();
        const array = this.#remember(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this.#peekTag() === T.theHole) {
            this.#tag();
            continue;
          }
          array[i] = this.#readObject();
        }
        this.#properties(array, T.endDenseArray);
        this.#varint();
        return array;
      }
      case T.date: return this.#remember(new Date(this.readDouble()));
      case T.trueObject: return this.#remember(new Boolean(true));
      case T.falseObject: return this.#remember(new Boolean(false));
      case T.numberObject: return this.#remember(new Number(this.readDouble()));
      case T.bigintObject: return this.#remember(Object(this.#bigint()));
      case T.stringObject: return this.#remember(new String(this.#readString()));
      case T.regexp: {
        const source = this.#readString();
        const bits = this.#varint();
        const flags = regexpFlags.filter((_, bit) => bits & (1 << bit) && regexpFlags[bit] !== 'l').join('');
        return this.#remember(new RegExp(source, flags));
      }
      case T.beginMap: {
        const map = this.#remember(new Map());
        while (this.#peekTag() !== T.endMap) map.set(this.#readObject(), this.#readObject());
        this.#tag();
        this.#varint();
        return map;
      }
      case T.beginSet: {
        const set = this.#remember(new Set());
        while (this.#peekTag() !== T.endSet) set.add(this.#readObject());
        this.#tag();
        this.#varint();
        return set;
      }
      case T.arrayBuffer: {
        const length = this.#varint();
        const buffer = new ArrayBuffer(length);
        new Uint8Array(buffer).set(this.#take(length));
        return this.#remember(buffer);
      }
      case T.resizableArrayBuffer: {
        const length = this.#varint();
        const maxByteLength = this.#varint();
        const buffer = new ArrayBuffer(length, { maxByteLength });
        new Uint8Array(buffer).set(this.#take(length));
        return this.#remember(buffer);
      }
      case T.arrayBufferTransfer: {
        const buffer = this.#transferred.get(this.#varint());
        if (buffer === undefined) throw this.#fail();
        return this.#remember(buffer);
      }
      case T.hostObject: {
        const id = this.#objects.length;
        this.#objects.push(undefined);
        const object = this._readHostObject();
        this.#objects[id] = object;
        return object;
      }
      case T.error: return this.#error();
      default:
        throw this.#fail();
    }
  }

  // key, value pairs up to `end`, then the count V8 wrote.
  #properties(object, end) {
    let count = 0;
    while (this.#peekTag() !== end) {
      const key = this.#readObject();
      if (typeof key !== 'string' && typeof key !== 'number') throw this.#fail();
      object[key] = this.#readObject();
      count++;
    }
    this.#tag();
    if (this.#varint() !== count) throw this.#fail();
  }

  #view(buffer) {
    const name = viewByTag[this.#byte()];
    const byteOffset = this.#varint();
    const byteLength = this.#varint();
    if (this.#version >= 14) this.#varint();
    if (name === undefined || byteOffset + byteLength > buffer.byteLength) throw this.#fail();
    const Ctor = globalThis[name];
    const view = name === 'DataView' ? new DataView(buffer, byteOffset, byteLength) :
      new Ctor(buffer, byteOffset, byteLength / Ctor.BYTES_PER_ELEMENT);
    return this.#remember(view);
  }

  #error() {
    const id = this.#objects.length;
    this.#objects.push(undefined);
    let Ctor = Error;
    let message;
    let stack;
    let cause;
    let hasCause = false;
    for (;;) {
      const t = this.#varint();
      if (t === 0x2e) break; // '.'
      if (errorByTag[t] !== undefined) Ctor = globalThis[errorByTag[t]];
      else if (t === 0x6d) message = this.#readString(); // 'm'
      else if (t === 0x73) stack = this.#readString(); // 's'
      else if (t === 0x63) { // 'c'
        hasCause = true;
        cause = this.#readObject();
      } else {
        throw this.#fail();
      }
    }
    const error = hasCause ? new Ctor(message, { cause }) : new Ctor(message);
    if (message === undefined) delete error.message;
    if (stack !== undefined) {
      Object.defineProperty(error, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
    }
    this.#objects[id] = error;
    return error;
  }
}

module.exports = { Deserializer };
