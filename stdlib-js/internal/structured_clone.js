'use strict';
// structuredClone (a lazy global): the HTML structured clone of the values
// V8's serializer takes, in JavaScript. Identity and cycles are kept;
// prototypes are not (a class instance becomes a plain object); functions,
// symbols and other platform objects are a DataCloneError.

const binding = internalBinding('structured_clone');
const { nodeError, plainCodedError } = require('internal/web_errors');

const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};
const tagOf = (value) => Object.prototype.toString.call(value).slice(8, -1);
const typedArrays = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array']);

function DOMExceptionClass() {
  return require('internal/abort').DOMException;
}

function dataCloneError(message) {
  const DOMException = DOMExceptionClass();
  return new DOMException(message, 'DataCloneError');
}

/// V8's description of a value it cannot clone.
function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  return `#<${tagOf(value)}>`;
}

function isDOMException(value) {
  const DOMException = DOMExceptionClass();
  return value instanceof DOMException && Object.prototype.hasOwnProperty.call(value, 'code');
}

/// Copies the own enumerable string-keyed properties of `from` (through
/// their getters) onto `to`, cloned.
function copyProperties(from, to, clone) {
  for (const key of Object.keys(from)) to[key] = clone(from[key]);
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  const transfer = transferList(options);
  const seen = new Map();
  // Transferred buffers move: the clone gets the memory, the original is detached.
  for (const buffer of transfer) seen.set(buffer, binding.transfer(buffer));

  const clone = (input) => {
    if (typeof input === 'function' || typeof input === 'symbol') throw dataCloneError(`${describe(input)} could not be cloned.`);
    if (input === null || typeof input !== 'object') return input;
    if (seen.has(input)) return seen.get(input);
    const tag = tagOf(input);
    let out;
    if (Array.isArray(input)) {
      out = new Array(input.length);
      seen.set(input, out);
      copyProperties(input, out, clone);
      return out;
    }
    switch (tag) {
      case 'Date': out = new Date(input.getTime()); break;
      case 'RegExp': out = new RegExp(input.source, input.flags); break;
      case 'Boolean': out = Object(Boolean.prototype.valueOf.call(input)); break;
      case 'Number': out = Object(Number.prototype.valueOf.call(input)); break;
      case 'String': out = Object(String.prototype.valueOf.call(input)); break;
      case 'BigInt': out = Object(BigInt.prototype.valueOf.call(input)); break;
      case 'ArrayBuffer': out = input.slice(0); break;
      case 'SharedArrayBuffer': out = input; break;
      case 'DataView': {
        const buffer = clone(input.buffer);
        out = new DataView(buffer, input.byteOffset, input.byteLength);
        break;
      }
      case 'Map': {
        out = new Map();
        seen.set(input, out);
        for (const [k, v] of input) out.set(clone(k), clone(v));
        return out;
      }
      case 'Set': {
        out = new Set();
        seen.set(input, out);
        for (const v of input) out.add(clone(v));
        return out;
      }
      case 'Error': out = cloneError(input, clone); break;
      case 'Blob':
      case 'File':
        out = require('internal/buffer/blob').cloneBlob(input);
        if (out === undefined) throw dataCloneError(`${describe(input)} could not be cloned.`);
        break;
      default:
        if (typedArrays.has(tag) && ArrayBuffer.isView(input)) {
          const buffer = clone(input.buffer);
          out = new globalThis[tag](buffer, input.byteOffset, input.length);
          break;
        }
        if (tag !== 'Object' && tag !== 'Arguments' && !isPlainEnough(input)) {
          throw dataCloneError(`${describe(input)} could not be cloned.`);
        }
        out = {};
        seen.set(input, out);
        copyProperties(input, out, clone);
        return out;
    }
    seen.set(input, out);
    return out;
  };
  return clone(value);
}

// Objects whose tag is their class's own (URL, AbortSignal, ...) but that V8
// sees as ordinary: cloned as plain objects. Platform objects V8 refuses
// (WeakMap, Promise, ...) are not.
const refused = new Set(['WeakMap', 'WeakSet', 'WeakRef', 'Promise', 'FinalizationRegistry', 'Generator',
  'AsyncGenerator', 'Module']);
function isPlainEnough(input) {
  return !refused.has(tagOf(input));
}

function cloneError(input, clone) {
  if (isDOMException(input)) {
    const DOMException = DOMExceptionClass();
    const out = new DOMException(input.message, input.name);
    Object.defineProperty(out, 'stack', { value: input.stack, writable: true, configurable: true, enumerable: false });
    return out;
  }
  const name = input.name;
  const Base = Object.prototype.hasOwnProperty.call(errorConstructors, name) ? errorConstructors[name] : Error;
  const out = Object.create(Base.prototype);
  const define = (key, v) => Object.defineProperty(out, key, { value: v, writable: true, configurable: true, enumerable: false });
  define('stack', input.stack);
  if (Object.prototype.hasOwnProperty.call(input, 'message')) define('message', `${input.message}`);
  if (Object.prototype.hasOwnProperty.call(input, 'cause')) define('cause', clone(input.cause));
  return out;
}

/// The ArrayBuffers of `options.transfer`, checked as Node checks them.
function transferList(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw invalidTransfer("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
  }
  const list = options.transfer;
  if (list === undefined) return [];
  if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw invalidTransfer("Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
  }
  const buffers = [];
  let i = 0;
  for (const item of list) {
    if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
      throw invalidTransfer(`Failed to execute 'structuredClone': transfer in Options[${i}] is not an object.`);
    }
    if (tagOf(item) !== 'ArrayBuffer') throw dataCloneError('Found invalid value in transferList.');
    if (buffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    buffers.push(item);
    i++;
  }
  return buffers;
}

/// Node's option errors here come from its native code: no code in the text.
function invalidTransfer(message) {
  return plainCodedError(TypeError, message, 'ERR_INVALID_ARG_TYPE');
}

module.exports = { structuredClone };
