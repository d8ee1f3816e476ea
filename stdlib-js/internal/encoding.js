'use strict';
// TextEncoder and TextDecoder (lazy globals, and util's): the WHATWG
// Encoding standard with every encoding it names, as Node with full ICU.
// The natives (runtime/ops/encoding.rs) are encoding_rs's decoders.

const binding = internalBinding('encoding');
const { nodeError, plainCodedError, validateString } = require('internal/web_errors');

// util.inspect loads only when something is inspected.
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const inspect = (value, options) => require('internal/inspect').inspect(value, options);

class TextEncoder {
  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) {
      throw nodeError('ERR_INVALID_THIS', 'TextEncoder');
    }
  }

  #brand = true;

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return binding.encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    validateString(src, 'src');
    if (!ArrayBuffer.isView(dest) || Object.prototype.toString.call(dest) !== '[object Uint8Array]') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'dest', 'Uint8Array', dest);
    }
    const [read, written] = binding.encodeInto(src, dest);
    return { read, written };
  }

  [customInspect](depth, options) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[TextEncoder]', 'special');
    return inspect({ encoding: this.encoding }, options);
  }
}

function validateOptions(options) {
  if (options != null && typeof options !== 'object' && typeof options !== 'function') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'options', 'object', options);
  }
}

// Node decodes the single-byte encodings in JavaScript and the others
// natively: their errors are worded differently.
const singleByte = /^(ibm866|iso-8859-\d+(-i)?|koi8-[ru]|macintosh|windows-\d+|x-mac-cyrillic|x-user-defined)$/;

const isShared = (buffer) => Object.prototype.toString.call(buffer) === '[object SharedArrayBuffer]';

/// The bytes of `input` as a Uint8Array (a copy of shared memory, which the
/// natives do not read), or Node's error for what is not an ArrayBuffer or
/// a view (worded as its decoder for `encoding` does).
function bytesOf(input, encoding) {
  if (ArrayBuffer.isView(input)) {
    const view = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    return isShared(input.buffer) ? view.slice() : view;
  }
  const tag = Object.prototype.toString.call(input);
  if (tag === '[object ArrayBuffer]') return new Uint8Array(input);
  if (tag === '[object SharedArrayBuffer]') return new Uint8Array(input).slice();
  if (singleByte.test(encoding)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'input', ['ArrayBuffer', 'ArrayBufferView'], input);
  }
  const name = encoding === 'utf-8' ? 'list' : 'input';
  throw plainCodedError(TypeError,
    `The "${name}" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.`,
    'ERR_INVALID_ARG_TYPE');
}

function invalidData(encoding) {
  if (!singleByte.test(encoding)) {
    return plainCodedError(TypeError, `The encoded data was not valid for encoding ${encoding}`,
      'ERR_ENCODING_INVALID_ENCODED_DATA');
  }
  const err = nodeError('ERR_ENCODING_INVALID_ENCODED_DATA', encoding);
  err.errno = undefined;
  return err;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  // The decoder between `stream: true` calls; null when the next call starts afresh.
  #decoder = null;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      throw nodeError('ERR_INVALID_THIS', 'TextDecoder');
    }
  }

  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    validateOptions(options);
    const name = binding.encodingName(encoding);
    if (name === undefined) throw nodeError('ERR_ENCODING_NOT_SUPPORTED', encoding);
    if (name === 'replacement') throw nodeError('ERR_ENCODING_NOT_SUPPORTED', name);
    this.#encoding = name;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  decode(input = undefined, options = undefined) {
    TextDecoder.#check(this);
    const bytes = input === undefined ? new Uint8Array(0) : bytesOf(input, this.#encoding);
    validateOptions(options);
    const stream = Boolean(options && options.stream);
    if (this.#decoder === null) this.#decoder = binding.newDecoder(this.#encoding, this.#ignoreBOM);
    const text = binding.decode(this.#decoder, bytes, !stream, this.#fatal);
    if (!stream || text === undefined) this.#decoder = null;
    if (text === undefined) throw invalidData(this.#encoding);
    return text;
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  [customInspect](depth, options) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[TextDecoder]', 'special');
    // Node formats the fields with the default options (no colours).
    const shown = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    return `TextDecoder ${inspect(shown)}`;
  }
}

for (const [target, tag, names] of [
  [TextEncoder, 'TextEncoder', ['encoding', 'encode', 'encodeInto']],
  [TextDecoder, 'TextDecoder', ['decode', 'encoding', 'fatal', 'ignoreBOM']],
]) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(target.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(target.prototype, name, desc);
  }
  Object.defineProperty(target.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

module.exports = { TextEncoder, TextDecoder };
