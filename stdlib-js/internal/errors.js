'use strict';
// Node's internal errors: `code`, V8-style header `Name [CODE]: message`,
// and the exact message texts Node uses. Loaded on the first error.

const { framesOf } = require('internal/bootstrap');

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function lazyInspect() {
  return require('util').inspect;
}

function determineSpecificType(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return `${lazyInspect()(value, { depth: -1 })}`;
  }
  if (typeof value === 'string') {
    return `type string (${lazyInspect()(value.length > 28 ? `${value.slice(0, 25)}...` : value, { colors: false })})`;
  }
  let inspected = lazyInspect()(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

function formatList(array, type = 'and') {
  return array.length < 3 ? array.join(` ${type} `) : `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other, 'or')}`;
    else msg += `${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`;
  }
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

const messages = {
  ERR_INVALID_ARG_TYPE: [TypeError, invalidArgType],
  ERR_INVALID_ARG_VALUE: [TypeError, (name, value, reason = 'is invalid') => {
    let inspected = lazyInspect()(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    const type = name.includes('.') ? 'property' : 'argument';
    return `The ${type} '${name}' ${reason}. Received ${inspected}`;
  }],
  ERR_OUT_OF_RANGE: [RangeError, (str, range, input) => {
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(String(input));
    else if (typeof input === 'bigint') received = `${addNumericalSeparator(String(input))}n`;
    else received = lazyInspect()(input);
    return `The value of "${str}" is out of range. It must be ${range}. Received ${received}`;
  }],
  ERR_UNHANDLED_REJECTION: [Error, (reason) => 'This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
    ` reason "${lazyInspect()(reason)}".`],
  ERR_UNHANDLED_ERROR: [Error, (err) => err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`],
  ERR_UNKNOWN_BUILTIN_MODULE: [Error, (id) => `No such built-in module: ${id}`],
  ERR_UNKNOWN_ENCODING: [TypeError, (enc) => `Unknown encoding: ${typeof enc === 'object' && enc !== null ? lazyInspect()(enc, { depth: 0 }) : enc}`],
  ERR_INVALID_URI: [URIError, () => 'URI malformed'],
  ERR_STRING_TOO_LONG: [Error, () => 'Cannot create a string longer than 0x1fffffe8 characters'],
  ERR_FS_FILE_TOO_LARGE: [RangeError, (size) => `File size (${size}) is greater than 2 GiB`],
  ERR_FS_WATCH_QUEUE_OVERFLOW: [Error, (max) => `fs.watch() queued more than ${max} events`],
  ERR_UNKNOWN_SIGNAL: [TypeError, (signal) => `Unknown signal: ${signal}`],
  ERR_METHOD_NOT_IMPLEMENTED: [Error, (m) => `The ${m} method is not implemented`],
  ERR_INVALID_THIS: [TypeError, (type) => `Value of "this" must be of type ${type}`],
  // node:stream
  ERR_STREAM_PUSH_AFTER_EOF: [Error, () => 'stream.push() after EOF'],
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: [Error, () => 'stream.unshift() after end event'],
  ERR_STREAM_WRITE_AFTER_END: [Error, () => 'write after end'],
  ERR_STREAM_DESTROYED: [Error, (m) => `Cannot call ${m} after a stream was destroyed`],
  ERR_STREAM_PREMATURE_CLOSE: [Error, () => 'Premature close'],
  ERR_STREAM_NULL_VALUES: [TypeError, () => 'May not write null values to stream'],
  ERR_STREAM_ALREADY_FINISHED: [Error, (m) => `Cannot call ${m} after a stream was finished`],
  ERR_STREAM_CANNOT_PIPE: [Error, () => 'Cannot pipe, not readable'],
  ERR_MULTIPLE_CALLBACK: [Error, () => 'Callback called multiple times'],
  ERR_ILLEGAL_CONSTRUCTOR: [TypeError, () => 'Illegal constructor'],
  // Module loading (runtime/modules/): the loader composes the text.
  ERR_MODULE_NOT_FOUND: [Error, (message) => message],
  ERR_PACKAGE_PATH_NOT_EXPORTED: [Error, (message) => message],
  ERR_UNSUPPORTED_DIR_IMPORT: [Error, (message) => message],
  ERR_UNSUPPORTED_RESOLVE_REQUEST: [TypeError, (specifier, base) =>
    `Failed to resolve module specifier "${specifier}" from "${base}": Invalid relative URL or base scheme is not hierarchical.`],
  ERR_INVALID_MODULE_SPECIFIER: [TypeError, (request, reason, base) =>
    `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`],
  ERR_IMPORT_ATTRIBUTE_MISSING: [TypeError, (url, type) => `Module "${url}" needs an import attribute of "type: ${type}"`],
  ERR_UNKNOWN_FILE_EXTENSION: [TypeError, (ext, path) => `Unknown file extension "${ext}" for ${path}`],
  // With --no-experimental-require-module: require() of an ES module is refused.
  ERR_REQUIRE_ESM: [Error, (filename, parentPath) => {
    const head = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
    if (filename.endsWith('.mjs')) {
      return `${head}\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
    }
    const base = (p) => p.slice(p.lastIndexOf('/') + 1);
    const name = parentPath && base(filename) === base(parentPath) ? filename : base(filename);
    return `${head}\nInstead change the require of ${name} in ${parentPath} to a dynamic import() which is available in all CommonJS modules.`;
  }],
  ERR_REQUIRE_ASYNC_MODULE: [Error, (filename, parent) => 'require() cannot be used on an ESM graph with top-level await. ' +
    'Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.' +
    `\n  From ${parent} \n  Requiring ${filename} `],
  ERR_INVALID_RETURN_VALUE: [TypeError, (input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`],
  ERR_MISSING_ARGS: [TypeError, (...args) => `The ${args.map((a) => `"${a}"`).join(' and ')} argument${args.length > 1 ? 's' : ''} must be specified`],
};

// Node names UnhandledPromiseRejection's error after the class, not `Error`.
const names = { ERR_UNHANDLED_REJECTION: 'UnhandledPromiseRejection' };

/// Registers more codes (builtins that need their own).
function define(code, Base, message, name) {
  messages[code] = [Base, message];
  if (name) names[code] = name;
}

function makeNodeError(code, ...args) {
  const entry = messages[code];
  if (!entry) throw new Error(`sous: unknown error code ${code}`);
  const [Base, format] = entry;
  return nodeErrorWithMessage(code, Base, typeof format === 'function' ? format(...args) : format);
}

/// A Node error of `code` whose message is not the code's usual one (natives that word it
/// their own way, e.g. ERR_OUT_OF_RANGE's 'Index out of range').
function nodeErrorWithMessage(code, Base, message) {
  const err = new Base(message);
  if (names[code]) {
    Object.defineProperty(err, 'name', { value: names[code], writable: true, enumerable: false, configurable: true });
  }
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  const frames = framesOf.get.call(err) || '';
  const rest = frames.split('\n').filter((l) => l && !l.includes('(node:internal/errors')).join('\n');
  const header = names[code] ? `${names[code]}: ${message}` : `${err.name} [${code}]: ${message}`;
  Object.defineProperty(err, 'stack', {
    value: rest ? `${header}\n${rest}` : header,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  if (!names[code]) {
    Object.defineProperty(err, 'toString', {
      value() { return `${this.name} [${code}]: ${this.message}`; },
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function makeAbortError(reason) {
  return new AbortError(undefined, reason === undefined ? undefined : { cause: reason });
}

module.exports = { makeNodeError, nodeErrorWithMessage, define, determineSpecificType, AbortError, makeAbortError };
