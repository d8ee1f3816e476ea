'use strict';
// Blob and File: immutable bytes with a MIME type (and a name and date).
// The bytes are copied at construction; slices share them.

const { nodeError } = require('internal/buffer/validators');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

function isBlob(value) {
  return value !== null && typeof value === 'object' && kBytes in value;
}

function invalidThis() {
  return nodeError('ERR_INVALID_THIS', 'Blob');
}

function defineErrors() {
  const errors = require('internal/buffer/validators').errors();
  errors.define('ERR_INVALID_THIS', TypeError, (type) => `Value of "this" must be of type ${type}`);
  return errors;
}

// A type is kept (lower-cased) only if every character is printable ASCII.
function normalizeType(type) {
  const text = `${type}`;
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : '';
}

// Offsets are rounded to the nearest integer, ties to even (as Node's
// native slice converts them).
function roundHalfEven(n) {
  let r = Math.round(n);
  if (Math.abs(n % 1) === 0.5 && r % 2 !== 0) r -= 1;
  return r;
}

function partBytes(part, endings) {
  if (isBlob(part)) return part[kBytes];
  if (part instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && part instanceof SharedArrayBuffer)) {
    return new Uint8Array(part.slice(0));
  }
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
  return new TextEncoder().encode(text);
}

function readOptions(options, name) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'a dictionary', options);
  }
  return options;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      const err = new TypeError('Value cannot be converted to sequence.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    options = readOptions(options, 'options');
    const endings = options.endings === undefined ? 'transparent' : `${options.endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw nodeError('ERR_INVALID_ARG_VALUE', 'options.endings', options.endings);
    }
    const parts = [];
    let size = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings);
      parts.push(bytes);
      size += bytes.byteLength;
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.byteLength;
    }
    this[kBytes] = bytes;
    this[kType] = options.type === undefined ? '' : normalizeType(options.type);
  }

  get type() {
    if (!isBlob(this)) throw invalidThis();
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw invalidThis();
    return this[kBytes].byteLength;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw invalidThis();
    const size = this[kBytes].byteLength;
    const clamp = (n) => {
      n = roundHalfEven(Number(n)) || 0;
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const from = clamp(start);
    const to = end === undefined ? size : clamp(end);
    const blob = Object.create(Blob.prototype);
    blob[kBytes] = this[kBytes].subarray(from, Math.max(from, to));
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(invalidThis());
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(invalidThis());
    return Promise.resolve(new TextDecoder().decode(this[kBytes]));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(invalidThis());
    return Promise.resolve(this[kBytes].slice());
  }

  // A byte stream of the bytes (Node hands out each part of a blob whole; sous keeps the
  // parts joined, so they come as one chunk).
  stream() {
    if (!isBlob(this)) throw invalidThis();
    const bytes = this[kBytes];
    let offset = 0;
    const { ReadableStream } = require('internal/webstreams/readable');
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.byteLength) {
          controller.close();
          if (controller.byobRequest) controller.byobRequest.respond(0);
          return;
        }
        controller.enqueue(bytes.slice(offset));
        offset = bytes.byteLength;
      },
    }, { highWaterMark: 0 });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = { size: this.size, type: this.type };
    if (this instanceof File) Object.assign(fields, { name: this.name, lastModified: this.lastModified });
    return `${this.constructor.name} ${inspect(fields, options)}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options) {
    if (arguments.length < 2) throw nodeError('ERR_MISSING_ARGS', 'fileBits', 'fileName');
    options = readOptions(options, 'options');
    super(fileBits, options);
    this[kName] = `${fileName}`;
    const lastModified = options.lastModified;
    this[kLastModified] = lastModified === undefined ? Date.now() : +lastModified || 0;
  }

  get name() {
    if (!(kName in this)) throw nodeError('ERR_INVALID_THIS', 'File');
    return this[kName];
  }

  get lastModified() {
    if (!(kName in this)) throw nodeError('ERR_INVALID_THIS', 'File');
    return this[kLastModified];
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { enumerable: true });
}

// Blob URLs (URL.createObjectURL) are not made by sous, so none resolves.
function resolveObjectURL(url) {
  url = `${url}`;
  return undefined;
}

defineErrors();

// structuredClone of a Blob or File: the bytes are immutable, so shared.
function cloneBlob(input) {
  if (!isBlob(input)) return undefined;
  const out = Object.create(Object.getPrototypeOf(input) === File.prototype ? File.prototype : Blob.prototype);
  for (const key of [kBytes, kType, kName, kLastModified]) {
    if (key in input) out[key] = input[key];
  }
  return out;
}

module.exports = { Blob, File, resolveObjectURL, cloneBlob, isBlob };
