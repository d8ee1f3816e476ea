'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized by
// the WHATWG MIME Sniffing rules, as Node implements them (type and subtype
// lower-cased, invalid or repeated parameters dropped, values quoted when
// they are not tokens).

function errors() {
  const e = require('internal/errors');
  e.define('ERR_INVALID_MIME_SYNTAX', TypeError, (production, str, invalidIndex) =>
    `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`);
  return e;
}

const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-~\u0080-\u00FF]/;
const LEADING_WHITESPACE_END = /[^\r\n\t ]|$/;
const TRAILING_WHITESPACE_START = /[\r\n\t ]*$/;
const EQUALS_SEMICOLON_OR_END = /[;=]|$/;
// A quoted value: $1 set when it ends on a lone `\`, $2 when on the closing `"`.
const QUOTED_VALUE = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/u;

function syntaxError(production, str, invalidIndex) {
  return errors().makeNodeError('ERR_INVALID_MIME_SYNTAX', production, str, invalidIndex);
}

const trimEnd = (s) => s.slice(0, s.search(TRAILING_WHITESPACE_START));

function encodeValue(value) {
  if (value.length === 0) return '""';
  if (!NOT_TOKEN.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  // Names are case-insensitive: stored and looked up lower-cased.
  delete(name) {
    this.#data.delete(`${name}`.toLowerCase());
  }

  get(name) {
    const data = this.#data;
    name = `${name}`.toLowerCase();
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#data.has(`${name}`.toLowerCase());
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const invalidNameIndex = name.search(NOT_TOKEN);
    if (name.length === 0 || invalidNameIndex !== -1) throw syntaxError('parameter name', name, invalidNameIndex);
    const invalidValueIndex = value.search(NOT_QUOTED_STRING);
    if (invalidValueIndex !== -1) throw syntaxError('parameter value', value, invalidValueIndex);
    this.#data.set(name.toLowerCase(), value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [key, value] of this.#data) {
      if (out.length > 0) out += ';';
      out += `${key}=${encodeValue(value)}`;
    }
    return out;
  }

  // Fills `params` from the parameter part of `str` starting at `position`.
  static parseInto(params, str, position) {
    const data = params.#data;
    const end = str.slice(position).search(TRAILING_WHITESPACE_START) + position;
    while (position < end) {
      position += str.slice(position).search(LEADING_WHITESPACE_END);
      const afterName = str.slice(position).search(EQUALS_SEMICOLON_OR_END) + position;
      const name = str.slice(position, afterName).toLowerCase();
      position = afterName;
      if (position < end) {
        const terminator = str[position];
        position += 1;
        // A parameter without a value.
        if (terminator === ';') continue;
      }
      if (position >= end) break;
      let value;
      if (str[position] === '"') {
        position += 1;
        const match = QUOTED_VALUE.exec(str.slice(position));
        position += match[0].length;
        const inside = match[1] || match[2] ? match[0].slice(0, -1) : match[0];
        value = inside.replace(/\\(.)/gsu, '$1');
        if (match[1]) value += '\\';
      } else {
        const valueEnd = str.indexOf(';', position);
        const raw = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
        position += raw.length;
        value = trimEnd(raw);
        if (value === '') continue;
      }
      if (name !== '' && !NOT_TOKEN.test(name) && !NOT_QUOTED_STRING.test(value) && !data.has(name)) {
        data.set(name, value);
      }
      position++;
    }
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
MIMEParams.prototype.toJSON = MIMEParams.prototype.toString;
const parseParams = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    const str = `${string}`;
    let position = str.search(LEADING_WHITESPACE_END);
    const typeEnd = str.indexOf('/', position);
    const type = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
    const invalidTypeIndex = type.search(NOT_TOKEN);
    if (type === '' || invalidTypeIndex !== -1 || typeEnd === -1) throw syntaxError('type', str, invalidTypeIndex);
    position = typeEnd + 1;
    const subtypeEnd = str.indexOf(';', position);
    const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
    position += rawSubtype.length;
    if (subtypeEnd !== -1) position += 1;
    const subtype = trimEnd(rawSubtype);
    const invalidSubtypeIndex = subtype.search(NOT_TOKEN);
    if (subtype === '' || invalidSubtypeIndex !== -1) throw syntaxError('subtype', str, invalidSubtypeIndex);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    parseParams(this.#params, str, position);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    const invalidIndex = value.search(NOT_TOKEN);
    if (value.length === 0 || invalidIndex !== -1) throw syntaxError('type', value, invalidIndex);
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    const invalidIndex = value.search(NOT_TOKEN);
    if (value.length === 0 || invalidIndex !== -1) throw syntaxError('subtype', value, invalidIndex);
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = `${this.#params}`;
    return `${this.essence}${params.length > 0 ? `;${params}` : ''}`;
  }
}
MIMEType.prototype.toJSON = MIMEType.prototype.toString;

module.exports = { MIMEType, MIMEParams };
