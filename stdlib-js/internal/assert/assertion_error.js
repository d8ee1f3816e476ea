'use strict';
// assert.AssertionError and the messages Node 24 generates for it: a simple
// `a !== b` for short primitives, the two values stacked for longer ones,
// and a line diff of the inspected values for objects.

const { makeNodeError } = require('internal/errors');

// inspect and the diff load with the first failure, not with assert.
const inspect = (value, options) => require('internal/inspect').inspect(value, options);

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;
// Lines of one value shown before the rest is cut (unless `diff: 'full'`).
const kMaxLines = 50;
// The operators whose message is a diff, under a custom message too.
const kDiffOperators = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);
// Where no terminal says otherwise, a stacked diff marks the first difference
// of two strings that fit in this many columns together.
const kColumns = 80;

const isObject = (v) => typeof v === 'object' && v !== null;

// text.split('\n'), in linear time (Boa's split and indexOf from an offset
// take quadratic time on long strings: the inspection of a big array).
function splitLines(text) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

// The inspection that messages use, whatever util.inspect.defaultOptions say.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Two errors are shown without their stacks: copies of their own properties,
// message and cause.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

// Two one-line values: `a !== b` when short, else one above the other, with a
// caret under the first difference of two strings that fit on a line.
function simpleDiff(actual, inspectedActual, expected, inspectedExpected) {
  let length = inspectedActual.length + inspectedExpected.length;
  if (typeof actual === 'string') length -= 2;
  if (typeof expected === 'string') length -= 2;
  if (length <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
    return { message: `${inspectedActual} !== ${inspectedExpected}`, header: '' };
  }
  let message = `\n+ ${inspectedActual}\n- ${inspectedExpected}`;
  if (typeof actual === 'string' && typeof expected === 'string' &&
      inspectedActual.length + inspectedExpected.length <= kColumns) {
    for (let i = 0; i < inspectedActual.length; i++) {
      if (inspectedActual[i] !== inspectedExpected[i]) {
        // The first three columns (the quote and two characters) need no caret.
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return { message };
}

function createErrDiff(actual, expected, operator, customMessage, diffType) {
  if (operator === 'strictEqual' &&
      ((isObject(actual) && isObject(expected)) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = splitLines(inspectedActual);
  const expectedLines = splitLines(inspectedExpected);
  let header = '+ actual - expected';
  let skipped = false;
  let message;
  if (actualLines.length === 1 && expectedLines.length === 1 && (!isObject(actual) || !isObject(expected))) {
    const simple = simpleDiff(actual, actualLines[0], expected, expectedLines[0]);
    message = simple.message;
    if (simple.header !== undefined) header = simple.header;
  } else if (inspectedActual === inspectedExpected) {
    operator = 'notIdentical';
    header = '';
    if (actualLines.length > kMaxLines && diffType !== 'full') {
      message = `${actualLines.slice(0, kMaxLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = inspectedActual;
    }
  } else {
    const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');
    const diff = printMyersDiff(myersDiff(actualLines, expectedLines, actual != null && typeof actual === 'object'));
    message = diff.message;
    skipped = diff.skipped;
  }
  const head = `${customMessage || kReadableOperator[operator]}\n${header}`;
  return `${head}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// `not…` operators show the one value (cut after 46 lines).
function notEqualMessage(actual, operator, diffType) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObject(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  const lines = splitLines(inspectValue(actual));
  if (lines.length > kMaxLines && diffType !== 'full') {
    lines.length = 46;
    lines.push('...');
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

function cut(text, length, diffType) {
  return text.length > length && diffType !== 'full' ? `${text.slice(0, length - 3)}...` : text;
}

// deepEqual, notDeepEqual and the operators of assert.fail: both values.
function otherMessage(actual, expected, operator, diffType) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) return cut(`${known}\n\n${res}`, 1024, diffType);
  res = cut(res, kMaxLongStringLength, diffType);
  other = cut(other, kMaxLongStringLength, diffType);
  if (operator === 'deepEqual') return `${known}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n${other}`;
  return `${res} ${operator} ${other}`;
}

// A long string shown in the error's own inspection: its first 10 lines, or
// (as Node 24 does) what follows its first 512 characters.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (string.length > kMaxLongStringLength) return `${string.slice(kMaxLongStringLength)}...`;
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
    }
    const { message, operator, stackStartFn, details, stackStartFunction, diff = 'simple' } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      text = kDiffOperators.has(operator) ?
        createErrDiff(actual, expected, operator, message, diff) : String(message);
    } else {
      if (isObject(actual) && isObject(expected) && 'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (kDiffOperators.has(operator)) {
        text = createErrDiff(actual, expected, operator, message, diff);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = notEqualMessage(actual, operator, diff);
      } else {
        text = otherMessage(actual, expected, operator, diff);
      }
    }
    super(text);
    this.generatedMessage = !message;
    // (Descriptors without a prototype: a program may define Object.prototype.get.)
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    const startFn = stackStartFn || stackStartFunction;
    if (typeof startFn === 'function') Error.captureStackTrace(this, startFn);
    // `stack` read now carries the `[ERR_ASSERTION]` name; then the plain name.
    const stack = this.stack;
    Object.defineProperty(this, 'stack', {
      __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
    });
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Only the top level of `actual` and `expected`, and long strings cut: the
  // message already shows both values.
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = addEllipsis(actual);
    if (typeof expected === 'string') this.expected = addEllipsis(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = { AssertionError };
