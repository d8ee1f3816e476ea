'use strict';
// The warnings of Node's `--unhandled-rejections` modes, emitted for
// runtime/embed/rejections.rs through process.emitWarning (so that
// `--no-warnings`, 'warning' listeners and the trace hint apply).

// An Error whose stack is its one line: Node makes these warnings without frames.
function stacklessWarning(name, message) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const warning = new Error(message);
  Error.stackTraceLimit = limit;
  Object.defineProperty(warning, 'name', { value: name, enumerable: false, writable: true, configurable: true });
  warning.stack = `${name}: ${message}`;
  return warning;
}

// The reason as V8's side-effect-free ToString shows it: an Error's stack, a
// primitive or a function as its text, an array or a null-prototype object
// by its tag, any other object as `#<Constructor>`. No user code runs.
function describe(reason) {
  if (reason instanceof Error && typeof reason.stack === 'string') return reason.stack;
  if (typeof reason === 'function') return Function.prototype.toString.call(reason);
  if (typeof reason === 'symbol') return Symbol.prototype.toString.call(reason);
  if (reason === null || typeof reason !== 'object') return `${reason}`;
  if (Array.isArray(reason)) return '[object Array]';
  const proto = Object.getPrototypeOf(reason);
  if (proto === null) return '[object Object]';
  const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor');
  const name = ctor && typeof ctor.value === 'function' ? ctor.value.name : '';
  return `#<${name || 'Object'}>`;
}

// Node's isErrorLike: any object with an own `stack` (an Error, or an object given one by
// Error.captureStackTrace).
function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

function warnUnhandled(id, reason) {
  const name = 'UnhandledPromiseRejectionWarning';
  const warning = stacklessWarning(name,
    'Unhandled promise rejection. This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    'To terminate the node process on unhandled promise rejection, use the CLI flag ' +
    '`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${id})`);
  try {
    if (isErrorLike(reason)) {
      // The note carries the reason's stack, as Node's does.
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, name);
    } else {
      process.emitWarning(describe(reason), name);
    }
  } catch {
    try {
      process.emitWarning(describe(reason), name);
    } catch {}
  }
  process.emitWarning(warning);
}

function warnHandledLate(id) {
  const warning = stacklessWarning('PromiseRejectionHandledWarning',
    `Promise rejection was handled asynchronously (rejection id: ${id})`);
  warning.id = id;
  process.emitWarning(warning);
}

module.exports = { warnUnhandled, warnHandledLate };
