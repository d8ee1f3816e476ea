'use strict';
// util.styleText: wraps text in the ANSI codes of inspect.colors' styles,
// unless the stream it is meant for would not show colors.

const { inspect } = require('internal/inspect');

function errors() {
  return require('internal/errors');
}

// Whether `stream` shows colors: FORCE_COLOR decides when set, else
// NO_COLOR / NODE_DISABLE_COLORS / TERM=dumb turn colors off, else a TTY that
// reports more than 2 colors (Node's shouldColorize).
function shouldColorize(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (!stream?.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return env.NO_COLOR === undefined && env.NODE_DISABLE_COLORS === undefined && env.TERM !== 'dumb';
}

// A Node stream (by its state objects, or write/pipe plus `on`) or a web stream.
function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (stream._readableState || stream._writableState) return true;
  if (typeof stream.on === 'function' && (typeof stream.write === 'function' || typeof stream.pipe === 'function')) return true;
  return (typeof ReadableStream === 'function' && stream instanceof ReadableStream) ||
    (typeof WritableStream === 'function' && stream instanceof WritableStream);
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  if (typeof text !== 'string') throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', 'text', 'string', text);
  if (typeof validateStream !== 'boolean') {
    throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', 'options.validateStream', 'boolean', validateStream);
  }
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw errors().makeNodeError('ERR_INVALID_ARG_TYPE', 'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const codes = inspect.colors[key];
    if (codes === undefined || typeof key !== 'string') {
      const allowed = Object.keys(inspect.colors);
      throw errors().makeNodeError('ERR_INVALID_ARG_VALUE', 'format', key, `must be one of: ${allowed.map((k) => `'${k}'`).join(', ')}`);
    }
    if (skipColorize) continue;
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

module.exports = { styleText };
