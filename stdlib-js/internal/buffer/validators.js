'use strict';
// The buffer module's errors and argument checks, with Node's codes and
// messages. internal/errors is loaded on the first error, not with buffer.

let errorsModule;
function errors() {
  if (!errorsModule) {
    errorsModule = require('internal/errors');
    errorsModule.define('ERR_BUFFER_OUT_OF_BOUNDS', RangeError, (name) => (name ?
      `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'));
    errorsModule.define('ERR_INVALID_BUFFER_SIZE', RangeError, (s) => `Buffer size must be a multiple of ${s}`);
  }
  return errorsModule;
}
const nodeError = (code, ...args) => errors().makeNodeError(code, ...args);

// Node 24's limit (Number.MAX_SAFE_INTEGER); what the machine (or Boa) cannot allocate below it
// fails as Node's does when memory runs out: RangeError 'Array buffer allocation failed'.
const kMaxLength = 2 ** 53 - 1;

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    throw nodeError('ERR_OUT_OF_RANGE', name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`, value);
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw nodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw nodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
}

module.exports = {
  errors,
  nodeError,
  kMaxLength,
  validateNumber,
  validateOffset,
};
