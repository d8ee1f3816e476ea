'use strict';
// The errors of the web APIs (URL, URLSearchParams, node:url, TextEncoder,
// TextDecoder, structuredClone), with Node's codes and texts; internal/errors
// loads on the first one.

let errorsModule;
function errors() {
  if (!errorsModule) {
    errorsModule = require('internal/errors');
    const { define } = errorsModule;
    define('ERR_INVALID_TUPLE', TypeError, (name, tuple) => `${name} must be an iterable ${tuple} tuple`);
    define('ERR_ARG_NOT_ITERABLE', TypeError, (name) => `${name} must be iterable`);
    define('ERR_INVALID_URL_SCHEME', TypeError, (scheme) => `The URL must be of scheme ${scheme}`);
    define('ERR_INVALID_FILE_URL_HOST', TypeError,
      (platform) => `File URL host must be "localhost" or empty on ${platform}`);
    define('ERR_INVALID_FILE_URL_PATH', TypeError, (msg) => `File URL path ${msg}`);
    define('ERR_ENCODING_INVALID_ENCODED_DATA', TypeError,
      (encoding) => `The encoded data was not valid for encoding ${encoding}`);
    define('ERR_ENCODING_NOT_SUPPORTED', RangeError, (encoding) => `The "${encoding}" encoding is not supported`);
  }
  return errorsModule;
}

const nodeError = (code, ...args) => withoutOwnFrames(errors().makeNodeError(code, ...args));

/// `err` with its stack starting at the caller of this module's helpers.
function withoutOwnFrames(err) {
  const stack = `${err.stack}`.split('\n').filter((line) => !line.includes('(node:internal/web_errors')).join('\n');
  Object.defineProperty(err, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
  return err;
}

/// Node's ERR_INVALID_URL: a TypeError whose header has no code (V8's own
/// message form), with `input` and, when one was given, `base`.
function invalidUrl(input, base = undefined) {
  return plainCodedError(TypeError, 'Invalid URL', 'ERR_INVALID_URL', base === undefined ? { input } : { input, base });
}

/// An error as Node's native code throws them: `Name: message` with an
/// enumerable `code` (and `extra` properties) but no `[CODE]` in the text.
function plainCodedError(Base, message, code, extra = {}) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  for (const key of Object.keys(extra)) {
    Object.defineProperty(err, key, { value: extra[key], writable: true, enumerable: true, configurable: true });
  }
  return withoutOwnFrames(err);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
}

module.exports = { errors, nodeError, invalidUrl, plainCodedError, validateFunction, validateString };
