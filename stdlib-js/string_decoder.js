'use strict';
// The `string_decoder` module: bytes in, strings out. A character split across two writes (a
// UTF-8 sequence, a UTF-16 unit or surrogate pair, a base64 group of three bytes) is kept until the
// next write completes it; `end()` flushes what is left as Node does.

const { Buffer } = require('buffer');
const { encodingCode } = require('internal/encodings');

let errorsModule;
const errors = () => (errorsModule ??= require('internal/errors'));

// Node's canonical name of each encoding code of internal/encodings.
const kNames = [undefined, 'utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const kUtf8 = 1;
const kUtf16 = 2;
const kBase64 = 5;
const kBase64Url = 6;

// The decoder's state, one small Buffer under one symbol as Node keeps it (so it inspects the
// same): bytes 0-3 the pending character, then how many bytes it misses, how many it has, and
// Node's number for the encoding.
const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingByte = 4;
const kBufferedByte = 5;
const kEncodingByte = 6;
const kNodeEncodingNumber = [undefined, 1, 3, 4, 0, 2, 7, 5]; // by our code: utf8 1, ucs2 3, ...
// How many bytes a UTF-8 sequence has, from its lead byte; 0 for a byte that cannot lead one.
function utf8Length(byte) {
  if ((byte & 0xe0) === 0xc0) return 2;
  if ((byte & 0xf0) === 0xe0) return 3;
  if ((byte & 0xf8) === 0xf0) return 4;
  return 0;
}

const isContinuation = (byte) => (byte & 0xc0) === 0x80;

function bytesOf(buf) {
  if (buf instanceof Uint8Array) return buf;
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', 'buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

const decode = (bytes, start, end, code) =>
  (start >= end ? '' : Buffer.prototype.toString.call(bytes, kNames[code], start, end));

// A function, not a class: Node's can be applied to another object (`StringDecoder.call(o)`).
function StringDecoder(encoding) {
  const code = encodingCode(encoding ?? 'utf8');
  if (code === undefined) throw errors().makeNodeError('ERR_UNKNOWN_ENCODING', encoding);
  this.encoding = kNames[code];
  const state = Buffer.alloc(7);
  state[kEncodingByte] = kNodeEncodingNumber[code];
  this[kNativeDecoder] = state;
}

// Our encoding code, from the state's Node number.
const codeOf = (state) => kNodeEncodingNumber.indexOf(state[kEncodingByte]);

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  const bytes = bytesOf(buf);
  const state = this?.[kNativeDecoder];
  if (state === undefined) throw errors().makeNodeError('ERR_INVALID_THIS', 'StringDecoder');
  const code = codeOf(state);
  switch (code) {
    case kUtf8: return writeUtf8(state, bytes);
    case kUtf16: return writeUtf16(state, bytes);
    case kBase64:
    case kBase64Url: return writeBase64(state, bytes, code);
    default: return decode(bytes, 0, bytes.length, code);
  }
};

StringDecoder.prototype.end = function end(buf) {
  const head = buf === undefined ? '' : this.write(buf);
  const state = this[kNativeDecoder];
  const buffered = state[kBufferedByte];
  state[kBufferedByte] = 0;
  state[kMissingByte] = 0;
  if (buffered === 0) return head;
  const code = codeOf(state);
  // UTF-16: a lone byte is dropped, a lone high surrogate kept; UTF-8: one U+FFFD.
  return head + decode(state, 0, code === kUtf16 ? buffered & ~1 : buffered, code);
};

// The legacy entry point: decode from `offset`, forgetting any pending character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kBufferedByte] = 0;
  this[kNativeDecoder][kMissingByte] = 0;
  return this.write(bytesOf(buf).subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    get() { return this[kNativeDecoder].subarray(0, kMissingByte); },
    enumerable: true,
    configurable: true,
  },
  lastNeed: {
    get() { return this[kNativeDecoder][kMissingByte]; },
    enumerable: true,
    configurable: true,
  },
  lastTotal: {
    get() { return this[kNativeDecoder][kBufferedByte] + this[kNativeDecoder][kMissingByte]; },
    enumerable: true,
    configurable: true,
  },
});

// Keeps `bytes[from..to)` as the start of the next character, needing `missing` more bytes.
function keep(state, bytes, from, to, missing) {
  for (let i = from; i < to; i++) state[state[kBufferedByte]++] = bytes[i];
  state[kMissingByte] = missing;
}

function writeUtf8(state, bytes) {
  let start = 0;
  let prefix = '';
  if (state[kMissingByte] > 0) {
    // Finish the pending character with continuation bytes; any other byte ends it early
    // (it is then decoded as invalid) and starts the next one.
    while (start < bytes.length && state[kMissingByte] > 0 && isContinuation(bytes[start])) {
      state[state[kBufferedByte]++] = bytes[start++];
      state[kMissingByte]--;
    }
    if (state[kMissingByte] > 0 && start === bytes.length) return '';
    state[kMissingByte] = 0;
    prefix = flushPending(state, kUtf8);
  }
  // A character cut off at the end of this chunk waits for the next one.
  let end = bytes.length;
  for (let i = bytes.length - 1; i >= start && bytes.length - i <= 4; i--) {
    if (isContinuation(bytes[i])) continue;
    const length = utf8Length(bytes[i]);
    if (length > bytes.length - i) {
      end = i;
      keep(state, bytes, i, bytes.length, length - (bytes.length - i));
    }
    break;
  }
  return prefix + decode(bytes, start, end, kUtf8);
}

// Moves bytes of `bytes` into the pending character until it is whole; returns where
// the chunk's own bytes begin, or -1 when the chunk ran out first.
function completePending(state, bytes) {
  let start = 0;
  while (start < bytes.length && state[kMissingByte] > 0) {
    state[state[kBufferedByte]++] = bytes[start++];
    state[kMissingByte]--;
  }
  return state[kMissingByte] > 0 ? -1 : start;
}

// Finishes a pending character from the head of `bytes`: [where the chunk's own bytes begin,
// the finished character's text], or undefined when the chunk ran out first.
function takePending(state, bytes, code) {
  if (state[kMissingByte] === 0) return [0, ''];
  const start = completePending(state, bytes);
  return start < 0 ? undefined : [start, flushPending(state, code)];
}

// Decodes and forgets the pending bytes.
function flushPending(state, code) {
  const text = decode(state, 0, state[kBufferedByte], code);
  state[kBufferedByte] = 0;
  return text;
}

// UTF-16LE: whole 2-byte units. An odd byte at the end waits for its partner; a high surrogate
// ending an even run of the chunk's own bytes waits for its pair (a unit completed from the
// pending byte is emitted as it is, as Node does).
function writeUtf16(state, bytes) {
  const head = takePending(state, bytes, kUtf16);
  if (head === undefined) return '';
  const [start, prefix] = head;
  let end = bytes.length;
  if ((end - start) % 2 === 1) {
    end -= 1;
    keep(state, bytes, end, bytes.length, 1);
  } else if (end - start >= 2 && bytes[end - 1] >= 0xd8 && bytes[end - 1] <= 0xdb) {
    end -= 2;
    keep(state, bytes, end, bytes.length, 2);
  }
  return prefix + decode(bytes, start, end, kUtf16);
}

// base64: whole groups of three bytes; the rest waits to fill a group.
function writeBase64(state, bytes, code) {
  const head = takePending(state, bytes, code);
  if (head === undefined) return '';
  const [start, prefix] = head;
  const rest = (bytes.length - start) % 3;
  const end = bytes.length - rest;
  if (rest > 0) keep(state, bytes, end, bytes.length, 3 - rest);
  return prefix + decode(bytes, start, end, code);
}

module.exports = { StringDecoder };
