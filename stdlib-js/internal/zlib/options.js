'use strict';
// Node's checks of zlib's numeric options: undefined and NaN take the
// default, other non-numbers are ERR_INVALID_ARG_TYPE, infinities and
// values out of range ERR_OUT_OF_RANGE. And the errors only zlib has.

const errors = require('internal/errors');
const { makeNodeError } = errors;

errors.define('ERR_BUFFER_TOO_LARGE', RangeError, (max) => `Cannot create a Buffer larger than ${max} bytes`);
errors.define('ERR_BROTLI_INVALID_PARAM', RangeError, (p) => `${p} is not a valid Brotli parameter`);
errors.define('ERR_ZSTD_INVALID_PARAM', RangeError, (p) => `${p} is not a valid zstd parameter`);
errors.define('ERR_ZLIB_INITIALIZATION_FAILED', Error, 'Initialization failed');
errors.define('ERR_TRAILING_JUNK_AFTER_STREAM_END', TypeError,
  'Trailing junk found after the end of the compressed stream');

/// Whether `number` is a finite number to use (false: take the default).
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', number);
  throw makeNodeError('ERR_OUT_OF_RANGE', name, 'a finite number', number);
}

/// `number` if it is a finite number within `[lower, upper]`, `def` if it
/// is undefined or NaN; an error otherwise.
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw makeNodeError('ERR_OUT_OF_RANGE', name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

module.exports = { validateFiniteNumber, checkRangesOrGetDefault };
