'use strict';
// `assert`: Node 24's assertion functions, the `Assert` class (its options:
// `diff`, `strict`, `skipPrototype`) and AssertionError, whose messages are
// internal/assert/assertion_error.js. Deep equality is internal/deep_equal.js.

// Deep equality loads with the first deep comparison.
const comparisons = () => require('internal/deep_equal');
const { framesOf } = require('internal/bootstrap');
// Only failures inspect values, make errors or AssertionErrors: each is loaded then.
const inspect = (value, options) => require('internal/inspect').inspect(value, options);
let errorsDefined = false;
function makeNodeError(...args) {
  const { makeNodeError: make, define } = require('internal/errors');
  if (!errorsDefined) {
    errorsDefined = true;
    define('ERR_AMBIGUOUS_ARGUMENT', TypeError, (name, reason) => `The "${name}" argument is ambiguous. ${reason}`);
    define('ERR_CONSTRUCT_CALL_REQUIRED', TypeError,
      (name) => `Class constructor ${name} cannot be invoked without \`new\``);
  }
  return make(...args);
}
let AssertionErrorClass;
const assertionError = () => AssertionErrorClass ??= require('internal/assert/assertion_error').AssertionError;

const kOptions = Symbol('options');
const NO_EXCEPTION = {};
// Brand checks as Node's: a RegExp or error from another realm (vm) counts.
const isRegExp = (v) => require('internal/inspect/types').types.isRegExp(v);
const isError = (v) => require('internal/inspect/types').types.isNativeError(v) || v instanceof Error;

// An assert of its own: `diff: 'full'` keeps long diffs whole, `strict`
// (the default) makes equal/deepEqual the strict ones, and `skipPrototype`
// lets deepStrictEqual ignore prototypes. A method taken off an instance
// (`const { equal } = new Assert()`) behaves as the module's.
function Assert(options) {
  if (!new.target) throw makeNodeError('ERR_CONSTRUCT_CALL_REQUIRED', 'Assert');
  options = Object.assign({ __proto__: null, strict: true, skipPrototype: false }, options);
  if (options.diff !== undefined && options.diff !== 'simple' && options.diff !== 'full') {
    throw makeNodeError('ERR_INVALID_ARG_VALUE', 'options.diff', options.diff, "must be one of: 'simple', 'full'");
  }
  this.AssertionError = assertionError();
  Object.defineProperty(this, kOptions, { __proto__: null, value: options });
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new (assertionError())(obj);
}

// Fails with the generated message of `operator` unless `pass`.
function check(self, pass, actual, expected, message, operator, stackStartFn) {
  if (!pass) innerFail({ actual, expected, message, operator, stackStartFn, diff: self?.[kOptions]?.diff });
}

function checkArgs(n) {
  if (n < 2) throw makeNodeError('ERR_MISSING_ARGS', 'actual', 'expected');
}

// The source of the call that failed, for "The expression evaluated to a falsy
// value": the first stack frame outside sous's own files (Node reads the
// file; sous asks the loader's copy). Control characters but tabs and
// newlines are escaped.
function callSiteSource() {
  for (const line of (framesOf.get.call(new Error()) || '').split('\n')) {
    if (/\(node:[^()]*\)$|\(native\)$/.test(line)) continue;
    // The caller's frame; code made by eval or new Function has no file to read.
    const m = /\(?([^()\s]+):(\d+):(\d+)\)?$/.exec(line.trim());
    if (!m) return undefined;
    const source = internalBinding('modules').callSource(m[1], Number(m[2]), Number(m[3]));
    // eslint-disable-next-line no-control-regex
    return source?.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => (c === '\b' ? '\\b' : c === '\f' ? '\\f' :
      `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
  return undefined;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    const code = callSiteSource();
    if (code) message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
  } else if (isError(message)) {
    throw message;
  }
  const err = new (assertionError())({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

let warnedFail = false;
Assert.prototype.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new (assertionError())({
    actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message,
    diff: this?.[kOptions]?.diff,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

Assert.prototype.ok = function ok(...args) {
  innerOk(ok, args.length, ...args);
};

Assert.prototype.equal = function equal(actual, expected, message) {
  checkArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  const pass = actual == expected || (Number.isNaN(actual) && Number.isNaN(expected));
  check(this, pass, actual, expected, message, '==', equal);
};

Assert.prototype.notEqual = function notEqual(actual, expected, message) {
  checkArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  const pass = !(actual == expected || (Number.isNaN(actual) && Number.isNaN(expected)));
  check(this, pass, actual, expected, message, '!=', notEqual);
};

Assert.prototype.deepEqual = function deepEqual(actual, expected, message) {
  checkArgs(arguments.length);
  check(this, comparisons().isDeepEqual(actual, expected), actual, expected, message, 'deepEqual', deepEqual);
};

Assert.prototype.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgs(arguments.length);
  check(this, !comparisons().isDeepEqual(actual, expected), actual, expected, message, 'notDeepEqual', notDeepEqual);
};

Assert.prototype.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  const pass = comparisons().isDeepStrictEqual(actual, expected, this?.[kOptions]?.skipPrototype);
  check(this, pass, actual, expected, message, 'deepStrictEqual', deepStrictEqual);
};

Assert.prototype.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  const pass = !comparisons().isDeepStrictEqual(actual, expected, this?.[kOptions]?.skipPrototype);
  check(this, pass, actual, expected, message, 'notDeepStrictEqual', notDeepStrictEqual);
};

Assert.prototype.strictEqual = function strictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  check(this, Object.is(actual, expected), actual, expected, message, 'strictEqual', strictEqual);
};

Assert.prototype.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  check(this, !Object.is(actual, expected), actual, expected, message, 'notStrictEqual', notStrictEqual);
};

Assert.prototype.partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  const pass = comparisons().isPartialStrictEqual(actual, expected);
  check(this, pass, actual, expected, message, 'partialDeepStrictEqual', partialDeepStrictEqual);
};

// The keys of a validation object that throws/rejects compare, for the diff:
// a RegExp that matches stands for the string it matched.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(self, actual, expected, key, message, keys, fn) {
  if (key in actual && comparisons().isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new (assertionError())({
      actual: new Comparison(actual, keys), expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual', stackStartFn: fn, diff: self?.[kOptions]?.diff,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff: self?.[kOptions]?.diff });
}

// Whether the thrown `actual` is what `expected` (a RegExp, a validation
// object or error, an Error class or a validation function) asks for.
function expectedException(self, actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new (assertionError())({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff: self?.[kOptions]?.diff,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      // An error's name and message are compared too.
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw makeNodeError('ERR_INVALID_ARG_VALUE', 'error', expected, 'may not be an empty object');
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(self, actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new (assertionError())({
    actual, expected, message, operator: fn.name, stackStartFn: fn, diff: self?.[kOptions]?.diff,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function getActual(fn) {
  if (typeof fn !== 'function') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// A promise, or a thenable object that also has `catch`.
function isPromiseLike(obj) {
  return obj instanceof Promise ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!isPromiseLike(resultPromise)) {
      throw makeNodeError('ERR_INVALID_RETURN_VALUE', 'instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (isPromiseLike(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(self, stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 5) {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw makeNodeError('ERR_AMBIGUOUS_ARGUMENT', 'error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw makeNodeError('ERR_AMBIGUOUS_ARGUMENT', 'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = error?.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === Assert.prototype.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: stackStartFn.name, message: `Missing expected ${fnType}${details}`,
      stackStartFn, diff: self?.[kOptions]?.diff,
    });
  }
  if (error) expectedException(self, actual, error, message, stackStartFn);
}

// For doesNotThrow/doesNotReject: whether `actual` is the kind not wanted.
function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(self, stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === Assert.prototype.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: stackStartFn.name, stackStartFn, diff: self?.[kOptions]?.diff,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
    });
  }
  throw actual;
}

Assert.prototype.throws = function throws(promiseFn, ...args) {
  expectsError(this, throws, getActual(promiseFn), ...args);
};

// After an await Boa's stack holds none of the async caller's frames, where V8's shows them
// as `at async rejects (...)`: the frames live at the call stand in for them.
function withCallFrames(err, callFrames) {
  if (err instanceof assertionError() && callFrames) {
    const header = String(err.stack).split('\n    at ')[0];
    Object.defineProperty(err, 'stack', {
      __proto__: null, value: `${header}\n${callFrames.replace(/\n$/, '')}`, writable: true, enumerable: false,
      configurable: true,
    });
  }
  return err;
}

Assert.prototype.rejects = async function rejects(promiseFn, ...args) {
  const callFrames = framesOf.get.call(new Error());
  const actual = await waitForActual(promiseFn);
  try {
    expectsError(this, rejects, actual, ...args);
  } catch (err) {
    throw withCallFrames(err, callFrames);
  }
};

Assert.prototype.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(this, doesNotThrow, getActual(fn), ...args);
};

Assert.prototype.doesNotReject = async function doesNotReject(fn, ...args) {
  const callFrames = framesOf.get.call(new Error());
  const actual = await waitForActual(fn);
  try {
    expectsNoError(this, doesNotReject, actual, ...args);
  } catch (err) {
    throw withCallFrames(err, callFrames);
  }
};

Assert.prototype.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new (assertionError())({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError, diff: this?.[kOptions]?.diff,
  });
  // The new error's own frames up to the first one the original shares, then the original's frames.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origStackStart = origStack.indexOf('\n    at');
    if (origStackStart !== -1) {
      const originalFrames = origStack.slice(origStackStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function internalMatch(self, string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'regexp', 'RegExp', regexp);
  const match = fn === Assert.prototype.match;
  if (typeof string === 'string' && (RegExp.prototype.exec.call(regexp, string) !== null) === match) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  message ||= typeof string !== 'string' ?
    `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` :
    `${match ? 'The input did not match the regular expression ' :
      'The input was expected to not match the regular expression '}${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
  const err = new (assertionError())({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn, diff: self?.[kOptions]?.diff,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

Assert.prototype.match = function match(string, regexp, message) {
  internalMatch(this, string, regexp, message, match);
};

Assert.prototype.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(this, string, regexp, message, doesNotMatch);
};

// The module itself is `ok`, with every method of an Assert on it.
function ok(...args) {
  innerOk(ok, args.length, ...args);
}
const assert = ok;
// Loaded on first read (assigning it does not change the class assert throws, as in Node).
require('internal/util/lazy_value').defineLazyValue(assert, 'AssertionError', assertionError);
// Deprecated (DEP0173), and loaded (with util) only when first read.
let callTracker;
Object.defineProperty(assert, 'CallTracker', {
  __proto__: null,
  get() {
    callTracker ??= require('util').deprecate(require('internal/assert/calltracker'),
      'assert.CallTracker is deprecated.', 'DEP0173');
    return callTracker;
  },
  set(value) {
    Object.defineProperty(this, 'CallTracker', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
});
assert.ok = assert;
for (const name of ['fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match', 'doesNotMatch',
  'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError']) {
  assert[name] = Assert.prototype[name];
}

function strict(...args) {
  innerOk(strict, args.length, ...args);
}
// The module's properties as they are (CallTracker stays unread), then the strict methods.
for (const key of Object.keys(assert)) {
  Object.defineProperty(strict, key, Object.getOwnPropertyDescriptor(assert, key));
}
assert.strict = Object.assign(strict, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.Assert = Assert;
assert.strict.strict = assert.strict;
assert.Assert = Assert;

module.exports = assert;
