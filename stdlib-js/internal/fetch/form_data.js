'use strict';
// FormData (XHR §4.3): an ordered list of name/value entries whose values
// are strings or Files; a Blob given with a name becomes a File.

const { customInspect } = require('internal/webstreams/util');

const kEntries = Symbol('kEntries');

function isFormData(value) {
  return value !== null && typeof value === 'object' && kEntries in value;
}

function checkThis(self) {
  if (!isFormData(self)) throw new TypeError('Illegal invocation');
}

function missing(method, count, given) {
  return new TypeError(`FormData.${method}: ${count} argument${count > 1 ? 's' : ''} required, but only ${given} found.`);
}

/// The entry value the spec makes of `value` (and `filename`).
function entryValue(value, filename, method) {
  const { Blob, File } = require('buffer');
  if (value instanceof Blob) {
    if (value instanceof File && filename === undefined) return value;
    return new File([value], filename === undefined ? 'blob' : `${filename}`, { type: value.type });
  }
  if (filename !== undefined) {
    throw new TypeError(`FormData.${method}: Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
  return `${value}`;
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
    Object.defineProperty(this, kEntries, { value: [], writable: true });
  }

  append(name, value, filename = undefined) {
    checkThis(this);
    if (arguments.length < 2) throw missing('append', 2, arguments.length);
    this[kEntries].push([`${name}`, entryValue(value, filename, 'append')]);
  }

  delete(name) {
    checkThis(this);
    if (arguments.length < 1) throw missing('delete', 1, 0);
    name = `${name}`;
    this[kEntries] = this[kEntries].filter((entry) => entry[0] !== name);
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw missing('get', 1, 0);
    name = `${name}`;
    const entry = this[kEntries].find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw missing('getAll', 1, 0);
    name = `${name}`;
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    checkThis(this);
    if (arguments.length < 1) throw missing('has', 1, 0);
    name = `${name}`;
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    checkThis(this);
    if (arguments.length < 2) throw missing('set', 2, arguments.length);
    name = `${name}`;
    const entry = [name, entryValue(value, filename, 'set')];
    const first = this[kEntries].findIndex((e) => e[0] === name);
    if (first === -1) {
      this[kEntries].push(entry);
      return;
    }
    this[kEntries] = this[kEntries].filter((e, i) => i === first || e[0] !== name);
    this[kEntries][first] = entry;
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') {
      throw new TypeError("FormData.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  *entries() {
    checkThis(this);
    for (let i = 0; i < this[kEntries].length; i++) yield [...this[kEntries][i]];
  }

  *keys() {
    for (const [name] of this.entries()) yield name;
  }

  *values() {
    for (const [, value] of this.entries()) yield value;
  }

  [customInspect](depth, options, inspect) {
    const shown = {};
    for (const [name, value] of this[kEntries]) {
      if (!Object.prototype.hasOwnProperty.call(shown, name)) shown[name] = value;
      else if (Array.isArray(shown[name])) shown[name].push(value);
      else shown[name] = [shown[name], value];
    }
    options.depth ??= depth;
    return `FormData ${inspect(shown, options)}`;
  }
}

FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'forEach', 'entries', 'keys', 'values']) {
  Object.defineProperty(FormData.prototype, name, { enumerable: true });
}

module.exports = { FormData, isFormData };
