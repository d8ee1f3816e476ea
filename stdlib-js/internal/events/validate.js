'use strict';
// The argument checks of node:events, with Node's error codes and wording.

// internal/errors loads on the first failed check, not with node:events.
const makeNodeError = (...args) => require('internal/errors').makeNodeError(...args);

function validateNumber(value, name, min) {
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (value < min || Number.isNaN(value)) throw makeNodeError('ERR_OUT_OF_RANGE', name, `>= ${min}`, value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'Function', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'AbortSignal', signal);
  }
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'object', value);
  }
}

module.exports = { validateNumber, validateBoolean, validateFunction, validateAbortSignal, validateObject };
