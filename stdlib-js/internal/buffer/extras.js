'use strict';
// buffer's free functions beside Buffer: isAscii, isUtf8 (natives in
// runtime/ops/buffer/checks.rs), transcode, and the web's atob and btoa.

const binding = internalBinding('buffer');
const { nodeError } = require('internal/buffer/validators');

// The bytes of an ArrayBuffer, Buffer or TypedArray, as the checks take them.
function bytesOf(input) {
  if (ArrayBuffer.isView(input) && !(input instanceof DataView)) return input;
  if (binding.isAnyArrayBuffer(input)) {
    // A detached buffer cannot be viewed: it holds no bytes.
    return input.byteLength === 0 ? new Uint8Array(0) : new Uint8Array(input);
  }
  throw nodeError('ERR_INVALID_ARG_TYPE', 'input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  return binding.isAscii(bytesOf(input));
}

function isUtf8(input) {
  return binding.isUtf8(bytesOf(input));
}

// transcode's encodings, by the name Buffer uses for them.
const TRANSCODE = { utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le', latin1: 'latin1', binary: 'latin1', ascii: 'ascii' };
// The highest code point each narrow target holds; others become '?'.
const NARROW = { latin1: 0xff, ascii: 0x7f };

function transcode(source, fromEncoding, toEncoding) {
  if (!(source instanceof Uint8Array)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'source', ['Buffer', 'Uint8Array'], source);
  }
  const { Buffer } = require('buffer');
  if (source.length === 0) return Buffer.alloc(0);
  const from = TRANSCODE[String(fromEncoding).toLowerCase()];
  const to = TRANSCODE[String(toEncoding).toLowerCase()];
  if (from === undefined || to === undefined) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString(from);
  const max = NARROW[to];
  if (max !== undefined) {
    let narrowed = '';
    for (const ch of text) narrowed += ch.codePointAt(0) > max ? '?' : ch;
    text = narrowed;
  }
  return Buffer.from(text, to);
}

function invalidCharacter(message) {
  const { DOMException } = require('internal/abort');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter('Invalid character');
  }
  return require('buffer').Buffer.from(input, 'latin1').toString('base64');
}

function atob(input) {
  if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'input');
  // The forgiving-base64 rules: ASCII white space is dropped, padding only
  // at the end and only to a multiple of four.
  let text = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (text.length % 4 === 0) text = text.replace(/={1,2}$/, '');
  if (/[^A-Za-z0-9+/]/.test(text)) throw invalidCharacter('Invalid character');
  if (text.length % 4 === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  return require('buffer').Buffer.from(text, 'base64').toString('latin1');
}

module.exports = { isAscii, isUtf8, transcode, atob, btoa };
