'use strict';
// buffer: Node's Buffer, a Uint8Array subclass. Argument handling and
// Node's error messages are here; string <-> bytes conversions, compare,
// search and fill are natives (runtime/ops/buffer.rs).

const binding = internalBinding('buffer');
const { errors, nodeError, kMaxLength, validateNumber, validateOffset } = require('internal/buffer/validators');

const { encodingCode } = require('internal/encodings');
const kStringMaxLength = 2 ** 29 - 24;
const kUtf16 = encodingCode('utf16le');
// How many bytes inspect shows; `require('buffer').INSPECT_MAX_BYTES` sets it.
let inspectMaxBytes = 50;

class FastBuffer extends Uint8Array {}

// DEP0005 is for the program's own code: a call from a dependency (the first frame outside
// sous is in node_modules) stays silent, as in Node, unless pending deprecations are on.
let warnedDeprecated = false;
function showDeprecation() {
  if (warnedDeprecated) return false;
  if (internalBinding('process').options.pendingDeprecation || process.env.NODE_PENDING_DEPRECATION === '1') {
    return true;
  }
  return !require('internal/util/call_sites').isInsideNodeModules(true);
}
function Buffer(arg, encodingOrOffset, length) {
  if (showDeprecation()) {
    warnedDeprecated = true;
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });
binding.setPrototype(Buffer.prototype);

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function unknownEncoding(encoding) {
  return nodeError('ERR_UNKNOWN_ENCODING', encoding);
}

function fromString(string, encoding) {
  const code = typeof encoding === 'string' && encoding !== '' ? encodingCode(encoding) : 1;
  if (code === undefined) throw unknownEncoding(encoding);
  return binding.fromString(string, code);
}

function fromArrayLike(obj) {
  // A negative or NaN length is an empty buffer (Node's `obj.length <= 0`).
  if (!(obj.length > 0)) return new FastBuffer();
  const length = obj.length;
  const buf = new FastBuffer(length);
  for (let i = 0; i < length; i++) buf[i] = obj[i];
  return buf;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (binding.isAnyArrayBuffer(value)) {
      const byteLength = value.byteLength;
      let offset = encodingOrOffset === undefined ? 0 : +encodingOrOffset;
      if (Number.isNaN(offset)) offset = 0;
      if (offset > byteLength) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', 'offset');
      let len;
      if (length === undefined) {
        // A view of a resizable (or growable) buffer without a length follows its size.
        if (value.resizable || value.growable) return new FastBuffer(value, offset);
        len = byteLength - offset;
      } else {
        len = +length;
        if (len > 0) {
          if (len > byteLength - offset) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', 'length');
        } else {
          len = 0;
        }
      }
      return new FastBuffer(value, offset, len);
    }
    if (isUint8Array(value)) {
      const buf = new FastBuffer(value.length);
      buf.set(value);
      return buf;
    }
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return Buffer.from(valueOf, encodingOrOffset, length);
    }
    if (value.length !== undefined || binding.isAnyArrayBuffer(value.buffer)) {
      if (typeof value.length !== 'number') return new FastBuffer();
      return fromArrayLike(value);
    }
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw nodeError('ERR_INVALID_ARG_TYPE', 'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

// A copy of the bytes of (a part of) a typed array: `offset` and `length` count its elements.
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'view', ['TypedArray'], view);
  }
  const viewLength = typedArrayLength.call(view);
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end = viewLength;
    if (length !== undefined) {
      validateOffset(length, 'length', 0, Number.MAX_SAFE_INTEGER);
      end = offset + length;
    }
    view = view.slice(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const buf = new FastBuffer(bytes.length);
  buf.set(bytes);
  return buf;
};

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

// A zero-filled buffer of `size` bytes, or V8's RangeError when it cannot be had.
function allocate(size) {
  // A large block is weighed by the collector's pacing (runtime/ops/buffer/external.rs).
  if (size >= 1048576) binding.noteExternal(size);
  try {
    return new FastBuffer(size);
  } catch (e) {
    if (e instanceof RangeError) throw new RangeError('Array buffer allocation failed');
    throw e;
  }
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  const buf = allocate(size);
  if (fill !== undefined && fill !== 0 && size > 0) return _fill(buf, fill, 0, buf.length, encoding);
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingCode(encoding) !== undefined;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    // Brand checks, not instanceof: an ArrayBuffer from another realm (vm) counts.
    if (ArrayBuffer.isView(string) || binding.isAnyArrayBuffer(string)) {
      return string.byteLength;
    }
    throw nodeError('ERR_INVALID_ARG_TYPE', 'string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  return binding.byteLength(string, encodingCode(encoding) || 1);
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw nodeError('ERR_INVALID_ARG_TYPE', 'buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw nodeError('ERR_INVALID_ARG_TYPE', 'buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

// A typed array's own length, whatever an own `length` property says.
const typedArrayLength = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length').get;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw nodeError('ERR_INVALID_ARG_TYPE', 'list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) throw nodeError('ERR_INVALID_ARG_TYPE', `list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
      length += typedArrayLength.call(list[i]);
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw nodeError('ERR_INVALID_ARG_TYPE', `list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    const bufLength = typedArrayLength.call(buf);
    if (pos + bufLength > length) {
      buffer.set(buf.subarray(0, length - pos), pos);
      pos = length;
      break;
    }
    buffer.set(buf, pos);
    pos += bufLength;
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

Buffer.poolSize = 64 * 1024;

const proto = Buffer.prototype;

proto.toString = function toString(encoding, start, end) {
  const len = this.length;
  if (arguments.length === 0) return binding.toString(this, 1, 0, len);
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const code = encodingCode(encoding);
  if (code === undefined) throw unknownEncoding(encoding);
  return binding.toString(this, code, start, end);
};

proto.toLocaleString = proto.toString;

// The per-encoding methods (`utf8Slice`, `hexWrite`, ...) older code calls directly; their
// bounds are checked as Node's natives check them.
// ascii/latin1/utf8 refuse a length past the end; the others cut it.
const strictWrites = new Set(['ascii', 'latin1', 'utf8']);
const indexOutOfRange = () => errors().nodeErrorWithMessage('ERR_OUT_OF_RANGE', RangeError, 'Index out of range');
for (const encoding of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  const code = encodingCode(encoding);
  proto[`${encoding}Slice`] = {
    [`${encoding}Slice`](start = 0, end = this.length) {
      start = Math.trunc(+start) || 0;
      end = Math.trunc(+end) || 0;
      if (start < 0 || end > this.length) throw indexOutOfRange();
      return end <= start ? '' : binding.toString(this, code, start, end);
    },
  }[`${encoding}Slice`];
  proto[`${encoding}Write`] = {
    [`${encoding}Write`](string, offset = 0, length = this.byteLength - offset) {
      if (typeof string !== 'string') {
        throw errors().nodeErrorWithMessage('ERR_INVALID_ARG_TYPE', TypeError, 'argument must be a string');
      }
      if (strictWrites.has(encoding)) {
        if (offset < 0 || offset > this.byteLength) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', 'offset');
        if (length < 0 || length > this.byteLength - offset) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', 'length');
      } else {
        // The others take a negative index as out of range and cut the length to what fits.
        if (offset < 0) throw indexOutOfRange();
        if (offset > this.byteLength) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', 'offset');
        if (length < 0) throw indexOutOfRange();
        length = Math.min(length, this.byteLength - offset);
      }
      return this.write(string, Math.trunc(offset), Math.trunc(length), encoding);
    },
  }[`${encoding}Write`];
}


proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw nodeError('ERR_INVALID_ARG_TYPE', 'otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw nodeError('ERR_INVALID_ARG_TYPE', 'target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  return binding.compare(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

// A Buffer over the same memory (also for a plain Uint8Array `this`); slice is its old name,
// and goes through `this.subarray`.
proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};
proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') {
    // Node's native check: a TypeError with a code but a short message.
    const err = new TypeError('argument must be a string');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (offset === undefined) return binding.write(this, string, 0, this.length, 1);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const code = encodingCode(encoding);
  if (code === undefined) throw unknownEncoding(encoding);
  return binding.write(this, string, offset, length, code);
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const code = encodingCode(encoding);
    if (code === undefined) {
      if (typeof encoding !== 'string') throw nodeError('ERR_INVALID_ARG_TYPE', 'encoding', 'string', encoding);
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const c = value.charCodeAt(0);
      if ((code === 1 && c < 128) || code === 3) value = c;
    }
  } else if (typeof value === 'boolean') {
    value = Number(value);
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.length) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS');
    // The native fill: Boa's TypedArray fill stores element by element.
    const byte = new FastBuffer(1);
    byte[0] = value & 255;
    binding.fill(buf, byte, offset, end);
    return buf;
  }
  const bytes = typeof value === 'string' ? binding.fromString(value, encodingCode(encoding)) : value;
  if (!isUint8Array(bytes)) {
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw nodeError('ERR_INVALID_ARG_VALUE', 'value', value);
  binding.fill(buf, bytes, offset, end);
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : buffer.length;
  let needle;
  const code = encoding === undefined ? 1 : encodingCode(encoding);
  if (typeof val === 'number') {
    needle = new FastBuffer(1);
    needle[0] = val >>> 0;
    return binding.indexOf(buffer, needle, byteOffset, dir, false);
  } else if (typeof val === 'string') {
    if (code === undefined) throw unknownEncoding(encoding);
    needle = binding.fromString(val, code);
  } else if (isUint8Array(val)) {
    needle = val;
  } else {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  return binding.indexOf(buffer, needle, byteOffset, dir, code === kUtf16);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; ++i) data[i] = this[i];
  return { type: 'Buffer', data };
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  // Any view is a target (Node 24): its bytes are written, whatever its element type.
  if (!ArrayBuffer.isView(target)) throw nodeError('ERR_INVALID_ARG_TYPE', 'target', ['Buffer', 'Uint8Array'], target);
  if (!isUint8Array(target)) target = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
  targetStart = targetStart === undefined ? 0 : Math.trunc(+targetStart) || 0;
  if (targetStart < 0) throw nodeError('ERR_OUT_OF_RANGE', 'targetStart', '>= 0', targetStart);
  sourceStart = sourceStart === undefined ? 0 : Math.trunc(+sourceStart) || 0;
  if (sourceStart < 0 || sourceStart > this.length) throw nodeError('ERR_OUT_OF_RANGE', 'sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  sourceEnd = sourceEnd === undefined ? this.length : Math.trunc(+sourceEnd) || 0;
  if (sourceEnd < 0) throw nodeError('ERR_OUT_OF_RANGE', 'sourceEnd', '>= 0', sourceEnd);
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > this.length) sourceEnd = this.length;
  const n = Math.min(sourceEnd - sourceStart, target.length - targetStart);
  target.set(this.subarray(sourceStart, sourceStart + n), targetStart);
  return n;
};

// The number reads and writes, and swap16/32/64.
Object.assign(proto, require('internal/buffer/numbers'));

// `buf.parent` and `buf.offset`: the legacy names of `buffer` and `byteOffset`.
for (const [name, property] of [['parent', 'buffer'], ['offset', 'byteOffset']]) {
  Object.defineProperty(proto, name, {
    get() { return this instanceof Buffer ? this[property] : undefined; },
    enumerable: true,
    configurable: true,
  });
}

// `<Buffer 68 65 6c 6c 6f>`, for console.log and util.inspect.
proto.inspect = function inspect(recurseTimes, ctx) {
  const max = inspectMaxBytes;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.toString(this, 7, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties follow the bytes (all of them with showHidden), formatted as the
  // entries of an object on one line.
  if (ctx) {
    const { inspect: inspectValue, getOwnNonIndexProperties } = require('internal/inspect');
    const keys = getOwnNonIndexProperties(this, ctx.showHidden);
    if (keys.length !== 0) {
      const extras = { __proto__: null };
      for (const key of keys) extras[key] = this[key];
      const text = inspectValue(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Cut `[Object: null prototype] { ` and ` }`.
      str += `${this.length !== 0 ? ', ' : ''}${text.slice('[Object: null prototype] { '.length, -2)}`;
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto[Symbol.for('nodejs.util.inspect.custom')] = proto.inspect;

function SlowBuffer(size) {
  return Buffer.allocUnsafe(size);
}

const extras = require('internal/buffer/extras');
module.exports = {
  Buffer,
  SlowBuffer,
  transcode: extras.transcode,
  isUtf8: extras.isUtf8,
  isAscii: extras.isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: extras.btoa,
  atob: extras.atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  get() { return inspectMaxBytes; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    inspectMaxBytes = value;
  },
  enumerable: true,
  configurable: true,
});
// Blob and File load on first touch.
for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  Object.defineProperty(module.exports, name, {
    get() { return require('internal/buffer/blob')[name]; },
    enumerable: true,
    configurable: true,
  });
}
