'use strict';
// Headers (WHATWG Fetch §5.2): a list of name/value pairs with a guard,
// names compared without case, values trimmed, duplicates joined with ", "
// (Set-Cookie kept apart), and iteration sorted by lower-cased name.

const { customInspect } = require('internal/webstreams/util');

const kList = Symbol('kList');
const kGuard = Symbol('kGuard');

// RFC 9110 token characters.
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const invalidValueRe = /[\0\r\n]/;

function normalizeValue(value) {
  return `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(name, context) {
  if (!tokenRe.test(name)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
}

function checkValue(value, context) {
  if (invalidValueRe.test(value)) throw new TypeError(`${context}: "${value}" is an invalid header value.`);
}

function checkGuard(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function isHeaders(value) {
  return value !== null && typeof value === 'object' && kList in value;
}

function checkThis(self) {
  if (!isHeaders(self)) throw new TypeError('Illegal invocation');
}

class Headers {
  constructor(init = undefined) {
    // Entries as [lower-cased name, name as first given, value].
    Object.defineProperty(this, kList, { value: [], writable: true });
    Object.defineProperty(this, kGuard, { value: 'none', writable: true });
    if (init !== undefined) fill(this, init);
  }

  append(name, value) {
    checkThis(this);
    appendHeader(this, `${name}`, value, 'Headers.append');
  }

  delete(name) {
    checkThis(this);
    name = `${name}`;
    checkName(name, 'Headers.delete');
    checkGuard(this);
    const lower = name.toLowerCase();
    this[kList] = this[kList].filter((entry) => entry[0] !== lower);
  }

  get(name) {
    checkThis(this);
    name = `${name}`;
    checkName(name, 'Headers.get');
    return getHeader(this, name.toLowerCase());
  }

  getSetCookie() {
    checkThis(this);
    return this[kList].filter((entry) => entry[0] === 'set-cookie').map((entry) => entry[2]);
  }

  has(name) {
    checkThis(this);
    name = `${name}`;
    checkName(name, 'Headers.has');
    const lower = name.toLowerCase();
    return this[kList].some((entry) => entry[0] === lower);
  }

  set(name, value) {
    checkThis(this);
    name = `${name}`;
    value = normalizeValue(value);
    checkName(name, 'Headers.set');
    checkValue(value, 'Headers.set');
    checkGuard(this);
    const lower = name.toLowerCase();
    const list = this[kList];
    const first = list.findIndex((entry) => entry[0] === lower);
    if (first === -1) {
      list.push([lower, name, value]);
      return;
    }
    list[first][2] = value;
    this[kList] = list.filter((entry, i) => i <= first || entry[0] !== lower);
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of sortedPairs(this)) callback.call(thisArg, value, name, this);
  }

  *entries() {
    checkThis(this);
    yield* sortedPairs(this);
  }

  *keys() {
    checkThis(this);
    for (const [name] of sortedPairs(this)) yield name;
  }

  *values() {
    checkThis(this);
    for (const [, value] of sortedPairs(this)) yield value;
  }

  [customInspect](depth, options, inspect) {
    const shown = {};
    for (const [, name] of this[kList]) {
      if (!(name in shown) && !Object.keys(shown).some((k) => k.toLowerCase() === name.toLowerCase())) {
        shown[name] = getHeader(this, name.toLowerCase());
      }
    }
    options.depth ??= depth;
    return `Headers ${inspect(shown, options)}`;
  }
}

Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });
for (const name of ['append', 'delete', 'get', 'getSetCookie', 'has', 'set', 'forEach', 'entries', 'keys', 'values']) {
  Object.defineProperty(Headers.prototype, name, { enumerable: true });
}

function appendHeader(headers, name, value, context) {
  value = normalizeValue(value);
  checkName(name, context);
  checkValue(value, context);
  checkGuard(headers);
  headers[kList].push([name.toLowerCase(), name, value]);
}

function getHeader(headers, lower) {
  const values = headers[kList].filter((entry) => entry[0] === lower).map((entry) => entry[2]);
  return values.length === 0 ? null : values.join(', ');
}

/// The pairs as iteration gives them: sorted names, duplicates joined, Set-Cookie apart.
function sortedPairs(headers) {
  const names = [...new Set(headers[kList].map((entry) => entry[0]))].sort();
  const out = [];
  for (const name of names) {
    if (name === 'set-cookie') {
      for (const value of headers.getSetCookie()) out.push([name, value]);
    } else {
      out.push([name, getHeader(headers, name)]);
    }
  }
  return out;
}

function fill(headers, init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const entry = typeof pair === 'string' || pair == null || typeof pair[Symbol.iterator] !== 'function' ?
        undefined : [...pair];
      if (entry === undefined || entry.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${
          entry === undefined ? 0 : entry.length}.`);
      }
      appendHeader(headers, `${entry[0]}`, entry[1], 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Headers constructor: Key is a symbol, which cannot be converted to a ByteString.');
    appendHeader(headers, key, init[key], 'Headers.append');
  }
}

/// A Headers of `init` with `guard` ('none', 'request', 'response', 'immutable').
function headersWithGuard(init, guard) {
  const headers = new Headers(init);
  headers[kGuard] = guard;
  return headers;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

module.exports = { Headers, isHeaders, headersWithGuard, setGuard, getHeader };
