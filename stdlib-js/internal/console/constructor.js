'use strict';
// `console.Console`: a console that writes to the streams it is given (anything with
// a `write` method), with its own counts, timers and group indentation. The methods
// beyond log/warn are the global console's (internal/console/methods.js), bound to
// the instance as Node binds them.

const { formatWithOptions } = require('internal/inspect');
const { makeNodeError, define } = require('internal/errors');
const methods = require('internal/console/methods');

define('ERR_CONSOLE_WRITABLE_STREAM', TypeError, (name) => `Console expects a writable stream instance for ${name}`);
define('ERR_INCOMPATIBLE_OPTION_PAIR', TypeError, (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`);

function validateGroupIndentation(value) {
  const name = 'groupIndentation';
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw makeNodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < 0 || value > 1000) throw makeNodeError('ERR_OUT_OF_RANGE', name, '>= 0 && <= 1000', value);
}

function checkOptions(options) {
  const { stdout, stderr = stdout, colorMode = 'auto', inspectOptions, groupIndentation } = options;
  if (!stdout || typeof stdout.write !== 'function') throw makeNodeError('ERR_CONSOLE_WRITABLE_STREAM', 'stdout');
  if (!stderr || typeof stderr.write !== 'function') throw makeNodeError('ERR_CONSOLE_WRITABLE_STREAM', 'stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw makeNodeError('ERR_INVALID_ARG_VALUE', 'colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) validateGroupIndentation(groupIndentation);
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw makeNodeError('ERR_INCOMPATIBLE_OPTION_PAIR', 'options.inspectOptions.color', 'colorMode');
    }
  }
  return { stdout, stderr, colorMode, inspectOptions, groupIndentation };
}

// Node's shouldColorize: a TTY colors unless it says it has too few colors.
function colorsFor(stream, colorMode) {
  if (colorMode !== 'auto') return colorMode;
  if (process.env.FORCE_COLOR !== undefined) return require('internal/tty/color').getColorDepth() > 2;
  return !!(stream && stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

// The inspect options for output to `stream`: the ones given (per stream when a Map),
// with `colors` filled in from the color mode when they leave it out, as Node.
function inspectOptionsFor(opts, stream) {
  let given = opts.inspectOptions;
  if (given instanceof Map) given = given.get(stream);
  const colors = colorsFor(stream, opts.colorMode);
  if (given) {
    if (given.colors === undefined) given.colors = colors;
    return given;
  }
  return { colors };
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const opts = checkOptions(options);
  const state = {
    counts: new Map(),
    timers: new Map(),
    indent: 0,
    groupIndentation: opts.groupIndentation === undefined ? 2 : opts.groupIndentation,
    ignoreErrors: options.ignoreErrors === undefined ? true : !!options.ignoreErrors,
    inspectOptions: (stream = opts.stdout) => inspectOptionsFor(opts, stream),
  };
  Object.defineProperty(this, methods.kState, { value: state });
  Object.defineProperty(this, '_stdout', { value: opts.stdout, writable: true, configurable: true });
  Object.defineProperty(this, '_stderr', { value: opts.stderr, writable: true, configurable: true });
  // Bound, named as Node names them, and not constructors. `this[key]`, so that a
  // subclass's own method is the one bound.
  for (const key of Object.keys(Console.prototype)) {
    const bound = this[key].bind(this);
    Object.defineProperty(bound, 'name', { value: key });
    this[key] = bound;
  }
}

function write(c, stream, args) {
  const state = c[methods.kState];
  let text = formatWithOptions(state.inspectOptions(stream), ...args);
  if (state.indent > 0) {
    const pad = ' '.repeat(state.indent);
    text = pad + text.split('\n').join(`\n${pad}`);
  }
  if (!state.ignoreErrors) {
    stream.write(`${text}\n`);
    return;
  }
  // An error may come synchronously (a throw, or an 'error' emitted during the write) or
  // later through the write's callback: a no-op 'error' listener covers both, as Node's.
  try {
    if (stream.listenerCount?.('error') === 0) stream.once('error', noop);
    stream.write(`${text}\n`, (err) => {
      const ws = stream._writableState;
      if (err != null && !(ws && ws.errorEmitted) && stream.listenerCount?.('error') === 0) {
        stream.once('error', noop);
      }
    });
  } catch (err) {
    // A stack overflow is the program's own bug, never swallowed.
    if (err instanceof RangeError && err.message === 'Maximum call stack size exceeded') throw err;
  } finally {
    stream.removeListener?.('error', noop);
  }
}

function noop() {}

// Node's console.* diagnostics channels: subscribers see the arguments before formatting.
function publish(name, args) {
  const dc = require('diagnostics_channel');
  if (dc.hasSubscribers(name)) dc.channel(name).publish(args);
}

const proto = {
  log(...args) { publish('console.log', args); write(this, this._stdout, args); },
  info(...args) { publish('console.info', args); write(this, this._stdout, args); },
  debug(...args) { publish('console.debug', args); write(this, this._stdout, args); },
  warn(...args) { publish('console.warn', args); write(this, this._stderr, args); },
  error(...args) { publish('console.error', args); write(this, this._stderr, args); },
};
for (const key of ['dir', 'dirxml', 'trace', 'assert', 'count', 'countReset', 'time', 'timeLog', 'timeEnd',
  'group', 'groupCollapsed', 'groupEnd', 'table', 'clear', 'timeStamp', 'profile', 'profileEnd']) {
  proto[key] = methods[key];
}
for (const key of Object.keys(proto)) {
  Object.defineProperty(Console.prototype, key, { value: proto[key], writable: true, enumerable: true, configurable: true });
}

// `console instanceof Console` holds for the global console too, as in Node.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance === globalThis.console || Object.prototype.isPrototypeOf.call(Console.prototype, instance);
  },
});

module.exports = { Console };
