'use strict';
// Runs once at start-up, before any user code: the few engine patches that
// cannot wait for a first use. Keep it tiny: every line is paid by every run.

// V8's `stack` starts with the `Name: message` header; Boa's holds only the
// frames. Compose the header on read, as V8 shows it.
const framesOf = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
function stackHeader(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (!name) return message;
  if (!message) return name;
  return `${name}: ${message}`;
}
// Also called for each vm context's own Error (stdlib-js/vm.js). With an
// `Error.prepareStackTrace` function, its result (given the error and V8-style
// call sites) becomes the error's `stack`, as in V8.
let preparing = false;
function defineStack(ErrorConstructor) {
  const errorPrototype = ErrorConstructor.prototype;
  const ownFrames = Object.getOwnPropertyDescriptor(errorPrototype, 'stack');
  Object.defineProperty(errorPrototype, 'stack', {
    get() {
      const frames = ownFrames.get.call(this);
      if (frames === undefined) return undefined;
      const prepare = ErrorConstructor.prepareStackTrace;
      if (typeof prepare === 'function' && !preparing) return prepared(this, prepare, frames);
      const header = stackHeader(this);
      return frames ? `${header}\n${frames.replace(/\n$/, '')}` : header;
    },
    set: ownFrames.set,
    enumerable: false,
    configurable: true,
  });
}

function prepared(err, prepare, frames) {
  preparing = true;
  let stack;
  try {
    stack = prepare(err, require('internal/util/call_sites').callSitesOf(frames));
  } finally {
    preparing = false;
  }
  // V8 asks once: the result stays as the error's own `stack`.
  Object.defineProperty(err, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
  return stack;
}
defineStack(Error);

// V8's `Error.stackTraceLimit`: the frames an error keeps, counted when it is made
// (Boa's backtrace limit, which `--stack-trace-limit` sets first). An accessor, so that
// what a script stores reaches Boa; it reads back as stored.
{
  const v8 = internalBinding('v8');
  let stackTraceLimit = v8.stackTraceLimit();
  Object.defineProperty(Error, 'stackTraceLimit', {
    get() { return stackTraceLimit; },
    set(value) {
      stackTraceLimit = value;
      v8.setStackTraceLimit(value);
    },
    enumerable: true,
    configurable: true,
  });
}
// V8's API, used by many libraries: give `obj` a stack taken here, without
// the frames above the last call of `constructorOpt` (found by its name:
// Boa's frames carry no function identity).
Error.captureStackTrace = function captureStackTrace(obj, constructorOpt) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  const frames = framesOf.get.call(new Error()) || '';
  let lines = frames.split('\n').slice(1);
  if (typeof constructorOpt === 'function' && constructorOpt.name) {
    const at = lines.findIndex((line) => line.startsWith(`    at ${constructorOpt.name} (`));
    if (at !== -1) lines = lines.slice(at + 1);
  }
  const rest = lines.join('\n').replace(/\n$/, '');
  Object.defineProperty(obj, 'stack', {
    __proto__: null,
    value: rest ? `${stackHeader(obj)}\n${rest}` : stackHeader(obj),
    writable: true,
    enumerable: false,
    configurable: true,
  });
};

module.exports = { stackHeader, framesOf, defineStack };
