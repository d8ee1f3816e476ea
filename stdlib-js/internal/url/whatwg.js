'use strict';
// The WHATWG `URL` and `URLSearchParams` (globals, and re-exported by
// node:url). Parsing and the setters are the natives of runtime/ops/url.rs;
// a URL keeps the components they return, and its searchParams stay linked
// to it both ways, as the standard says.

const binding = internalBinding('url');
const { nodeError, invalidUrl, validateFunction } = require('internal/web_errors');

// Indexes in a components array (runtime/ops/url.rs `COMPONENTS`).
const HREF = 0;
const ORIGIN = 1;
const PROTOCOL = 2;
const USERNAME = 3;
const PASSWORD = 4;
const HOST = 5;
const HOSTNAME = 6;
const PORT = 7;
const PATHNAME = 8;
const SEARCH = 9;
const HASH = 10;

// util.inspect loads only when something is inspected.
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const inspect = (value, options) => require('internal/inspect').inspect(value, options);
// ToString with V8's words for a symbol, then the USVString conversion.
const toText = (value) => {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
};
const toUSV = (value) => toText(value).toWellFormed();

// Cross-class access to private state, set up by the classes' static blocks.
let listOf; // (params) => its [name, value, ...] list, checking the receiver
let linkParams; // (params, url, list) => links params to url with list
let setSearchFromParams; // (url, serialized) => sets url's query

/// V8's words for a receiver that is not a URL: a brand check (`member`
/// undefined) or a read of the private `member`.
function notAURL(member) {
  if (member === null) return new TypeError('Receiver must be an instance of class URL');
  return new TypeError(`Cannot read private member ${member} from an object whose class did not declare it`);
}

class URL {
  #c;
  #params = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'url');
    input = toText(input);
    if (base !== undefined) base = toText(base);
    const c = binding.parse(input, base);
    if (c === undefined) throw invalidUrl(input, base);
    this.#c = c;
  }

  static {
    setSearchFromParams = (url, serialized) => {
      url.#c = binding.update(url.#c[HREF], SEARCH, serialized);
    };
  }

  static #of(self, member = '#context') {
    // member null: a brand check, as V8 words it for methods.
    if (self === null || (typeof self !== 'object' && typeof self !== 'function') || !(#c in self)) {
      throw notAURL(member);
    }
    return self.#c;
  }

  // Applies a setter natively; the query's list follows a new search.
  static #set(self, index, value) {
    const c = URL.#of(self);
    const next = binding.update(c[HREF], index, `${value}`);
    if (next === undefined) throw invalidUrl(`${value}`);
    self.#c = next;
    if (self.#params !== null && (index === HREF || index === SEARCH)) {
      linkParams(self.#params, self, binding.formParse(next[SEARCH].slice(1)));
    }
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor || URL;
    const shown = { __proto__: { constructor } };
    shown.href = this.href;
    shown.origin = this.origin;
    shown.protocol = this.protocol;
    shown.username = this.username;
    shown.password = this.password;
    shown.host = this.host;
    shown.hostname = this.hostname;
    shown.port = this.port;
    shown.pathname = this.pathname;
    shown.search = this.search;
    shown.searchParams = this.searchParams;
    shown.hash = this.hash;
    return `${constructor.name} ${inspect(shown, options)}`;
  }

  toString() { return URL.#of(this, null)[HREF]; }
  get href() { return URL.#of(this, null)[HREF]; }
  set href(value) { URL.#set(this, HREF, value); }
  get origin() { return URL.#of(this)[ORIGIN]; }
  get protocol() { return URL.#of(this)[PROTOCOL]; }
  set protocol(value) { URL.#set(this, PROTOCOL, value); }
  get username() { return URL.#of(this)[USERNAME]; }
  set username(value) { URL.#set(this, USERNAME, value); }
  get password() { return URL.#of(this)[PASSWORD]; }
  set password(value) { URL.#set(this, PASSWORD, value); }
  get host() { return URL.#of(this)[HOST]; }
  set host(value) { URL.#set(this, HOST, value); }
  get hostname() { return URL.#of(this)[HOSTNAME]; }
  set hostname(value) { URL.#set(this, HOSTNAME, value); }
  get port() { return URL.#of(this)[PORT]; }
  set port(value) { URL.#set(this, PORT, value); }
  get pathname() { return URL.#of(this)[PATHNAME]; }
  set pathname(value) { URL.#set(this, PATHNAME, value); }
  get search() { return URL.#of(this, null)[SEARCH]; }
  set search(value) { URL.#set(this, SEARCH, value); }
  get searchParams() {
    const c = URL.#of(this, '#searchParams');
    if (this.#params === null) {
      this.#params = new URLSearchParams();
      linkParams(this.#params, this, binding.formParse(c[SEARCH].slice(1)));
    }
    return this.#params;
  }
  get hash() { return URL.#of(this)[HASH]; }
  set hash(value) { URL.#set(this, HASH, value); }
  toJSON() { return URL.#of(this, null)[HREF]; }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'url');
    try {
      return new URL(url, base);
    } catch {
      return null;
    }
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'url');
    return binding.parse(`${url}`, base === undefined ? undefined : `${base}`) !== undefined;
  }

  // sous has no Blob: no object can be registered, so none is accepted.
  static createObjectURL(obj) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'obj', 'Blob', obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'url');
  }
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined) {
      // empty
    } else if (init !== null && (typeof init === 'object' || typeof init === 'function')) {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw nodeError('ERR_ARG_NOT_ITERABLE', 'Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw nodeError('ERR_INVALID_TUPLE', 'Each query pair', '[name, value]');
          }
          const both = [...pair];
          if (both.length !== 2) throw nodeError('ERR_INVALID_TUPLE', 'Each query pair', '[name, value]');
          this.#list.push(toUSV(both[0]), toUSV(both[1]));
        }
      } else {
        // A record: own enumerable string keys; a key repeated after the
        // USV conversion keeps its first place and its last value.
        const at = new Map();
        for (const key of Reflect.ownKeys(init)) {
          // A symbol key fails the string conversion, as in Node.
          if (!Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          const name = toUSV(key);
          const value = toUSV(init[key]);
          if (at.has(name)) {
            this.#list[at.get(name) + 1] = value;
          } else {
            at.set(name, this.#list.length);
            this.#list.push(name, value);
          }
        }
      }
    } else {
      let text = toUSV(init);
      if (text[0] === '?') text = text.slice(1);
      this.#list = binding.formParse(text);
    }
  }

  static {
    listOf = (self) => {
      if (self === null || (typeof self !== 'object' && typeof self !== 'function') || !(#list in self)) {
        throw nodeError('ERR_INVALID_THIS', 'URLSearchParams');
      }
      return self.#list;
    };
    linkParams = (params, url, list) => {
      params.#url = url;
      params.#list = list;
    };
  }

  // The standard's "update": the linked URL's query follows the list.
  #update() {
    if (this.#url !== null) setSearchFromParams(this.#url, binding.formSerialize(this.#list));
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const list = listOf(this);
    const shown = [];
    for (let i = 0; i < list.length; i += 2) {
      shown.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    const name = this.constructor.name;
    if (shown.length === 0) return `${name} {}`;
    const width = shown.reduce((sum, s) => sum + visibleLength(s) + 2, -2);
    if (width > options.breakLength) return `${name} {\n  ${shown.join(',\n  ')} }`;
    return `${name} { ${shown.join(', ')} }`;
  }

  get size() { return listOf(this).length / 2; }

  append(name, value) {
    const list = listOf(this);
    if (arguments.length < 2) throw nodeError('ERR_MISSING_ARGS', 'name', 'value');
    list.push(toUSV(name), toUSV(value));
    this.#update();
  }

  delete(name, value = undefined) {
    const list = listOf(this);
    if (arguments.length < 1) throw nodeError('ERR_MISSING_ARGS', 'name');
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    this.#update();
  }

  get(name) {
    const list = listOf(this);
    if (arguments.length < 1) throw nodeError('ERR_MISSING_ARGS', 'name');
    name = toUSV(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    const list = listOf(this);
    if (arguments.length < 1) throw nodeError('ERR_MISSING_ARGS', 'name');
    name = toUSV(name);
    const values = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    const list = listOf(this);
    if (arguments.length < 1) throw nodeError('ERR_MISSING_ARGS', 'name');
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    const list = listOf(this);
    if (arguments.length < 2) throw nodeError('ERR_MISSING_ARGS', 'name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    const list = listOf(this);
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units (the default comparison of strings).
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() { listOf(this); return new URLSearchParamsIterator(this, 'key+value'); }

  forEach(callback, thisArg = undefined) {
    let list = listOf(this);
    validateFunction(callback, 'callback');
    // The list is read live: the callback may change it.
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  keys() { listOf(this); return new URLSearchParamsIterator(this, 'key'); }
  values() { listOf(this); return new URLSearchParamsIterator(this, 'value'); }
  toString() { return binding.formSerialize(listOf(this)); }
}

/// The length of `s` without ANSI colour codes.
function visibleLength(s) {
  return s.replace(/\u001b\[\d\d?m/g, '').length;
}

// %IteratorPrototype%, without calling Array.prototype[Symbol.iterator] (a program may
// have deleted it).
const IteratorPrototype = Iterator.prototype;

/// The iterator of `keys()`, `values()` and `entries()`: it reads the list
/// live, from where it stands.
class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  #item(list, i) {
    if (this.#kind === 'key') return list[i];
    if (this.#kind === 'value') return list[i + 1];
    return [list[i], list[i + 1]];
  }

  next() {
    if (this === null || typeof this !== 'object' || !(#params in this)) {
      throw nodeError('ERR_INVALID_THIS', 'URLSearchParamsIterator');
    }
    const list = listOf(this.#params);
    if (this.#index >= list.length) return { value: undefined, done: true };
    const value = this.#item(list, this.#index);
    this.#index += 2;
    return { value, done: false };
  }

  [customInspect](depth, options) {
    if (this === null || typeof this !== 'object' || !(#params in this)) {
      throw nodeError('ERR_INVALID_THIS', 'URLSearchParamsIterator');
    }
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const list = listOf(this.#params);
    const items = [];
    for (let i = this.#index; i < list.length; i += 2) items.push(this.#item(list, i));
    const multiline = inspect(items, inner).includes('\n');
    const shown = items.map((item) => inspect(item, inner));
    const body = multiline ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
delete URLSearchParamsIterator.prototype.constructor;

// Node's shape: every accessor and method enumerable, and the tags.
// (Indexed: this runs when url is first required, and a script may have deleted
// Array.prototype[Symbol.iterator] by then, as Node's primordials allow.)
function enumerable(target, names) {
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const desc = Object.getOwnPropertyDescriptor(target, name);
    desc.enumerable = true;
    Object.defineProperty(target, name, desc);
  }
}
enumerable(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
enumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
enumerable(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']);
enumerable(URLSearchParamsIterator.prototype, ['next']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});

function isURL(value) {
  try {
    URL.prototype.toString.call(value);
    return true;
  } catch {
    return false;
  }
}

module.exports = { URL, URLSearchParams, isURL };
