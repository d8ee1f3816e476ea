'use strict';
// highWaterMark: the defaults (16 KiB of bytes, 16 objects) and reading the option.

const { makeNodeError } = require('internal/errors');

let defaultBytes = 64 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'value', 'number', value);
  if (!Number.isInteger(value) || value < 0) {
    throw makeNodeError('ERR_OUT_OF_RANGE', 'value', '>= 0 && <= 9007199254740991', value);
  }
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// `duplexKey` is readableHighWaterMark/writableHighWaterMark, read only for a Duplex's sides.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  let name = 'highWaterMark';
  if (hwm == null && isDuplex) {
    hwm = options[duplexKey];
    name = duplexKey;
  }
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw makeNodeError('ERR_INVALID_ARG_VALUE', isDuplex ? `options.${name}` : 'options.highWaterMark', hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

// options.defaultEncoding, checked (an unknown name throws ERR_UNKNOWN_ENCODING).
function getDefaultEncoding(options) {
  const enc = options && options.defaultEncoding;
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (!require('buffer').Buffer.isEncoding(enc)) throw makeNodeError('ERR_UNKNOWN_ENCODING', enc);
  return enc;
}

module.exports = { getDefaultEncoding, getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
