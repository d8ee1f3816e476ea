'use strict';
// The `querystring` module: `a=1&b=x%20y` to an object and back, with Node's rules for repeated
// keys, `+` as space, malformed escapes (kept, or decoded byte by byte), custom separators,
// `maxKeys` and custom encoders/decoders.

const { Buffer } = require('buffer');

let errorsModule;
const errors = () => (errorsModule ??= require('internal/errors'));

const kHex = Array.from({ length: 256 }, (_, i) => `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);
// The ASCII characters left as they are: A-Z a-z 0-9 - _ . ! ~ * ' ( )
const kKeep = Array.from({ length: 128 }, (_, c) => /[A-Za-z0-9\-_.!~*'()]/.test(String.fromCharCode(c)));

// Percent-encodes the UTF-8 of `str`, keeping kKeep. As Node's encoder, a surrogate (high or low)
// takes the next unit as its partner, whatever it is; one at the very end is an error.
function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && kKeep[c]) continue;
    out += str.slice(last, i);
    if (c < 0x80) {
      out += kHex[c];
    } else if (c < 0x800) {
      out += kHex[0xc0 | (c >> 6)] + kHex[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += kHex[0xe0 | (c >> 12)] + kHex[0x80 | ((c >> 6) & 0x3f)] + kHex[0x80 | (c & 0x3f)];
    } else {
      if (++i >= str.length) throw errors().makeNodeError('ERR_INVALID_URI');
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      out += kHex[0xf0 | (c >> 18)] + kHex[0x80 | ((c >> 12) & 0x3f)] + kHex[0x80 | ((c >> 6) & 0x3f)] +
        kHex[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

const hexValue = (code) => {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
};

// `%XX` to the byte XX (anything else malformed is kept), `+` to a space when asked; other
// characters become their char code's low byte, as Node's does.
function unescapeBuffer(s, decodeSpaces) {
  s = `${s}`;
  const out = Buffer.allocUnsafe(s.length);
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x25 /* % */ && i + 2 < s.length) {
      const high = hexValue(s.charCodeAt(i + 1));
      const low = hexValue(s.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        out[length++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    out[length++] = decodeSpaces && code === 0x2b /* + */ ? 0x20 : code;
  }
  return out.subarray(0, length);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

// What a value stands for in a query string: strings, finite numbers, bigints and booleans;
// anything else is the empty string.
function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  // `querystring.escape` may be replaced by the program: the current one is the default.
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = (v) => {
    // The default encoder leaves what cannot need escaping alone (numbers below 1e21, bigints,
    // booleans, the empty string); a custom one sees every value.
    if (encode !== escape) return encode(stringifyPrimitive(v));
    if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e21) return `${v}`;
    const s = stringifyPrimitive(v);
    return s.length === 0 || typeof v === 'bigint' || typeof v === 'boolean' ? s : encode(s);
  };
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const name = convert(key) + eq;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      for (let i = 0; i < value.length; i++) {
        if (fields) fields += sep;
        fields += name + convert(value[i]);
      }
    } else {
      if (fields) fields += sep;
      fields += name + convert(value);
    }
  }
  return fields;
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairs = maxKeys > 0 ? maxKeys : Infinity;
  // `querystring.unescape` may be replaced by the program: the current one is the default.
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== unescape;
  // `+` stands for `%20`. The default decoder sees only parts with a valid `%XX` (or a `+`); a
  // custom one sees every non-empty part. A decoder that throws falls back to ours.
  const decodePart = (part) => {
    const encoded = /\+|%[0-9a-fA-F]{2}/.test(part);
    part = part.replace(/\+/g, '%20');
    if (part.length === 0 || !(custom || encoded)) return part;
    try {
      return decode(part);
    } catch {
      return module.exports.unescape(part, true);
    }
  };
  let start = 0;
  while (start <= qs.length && pairs > 0) {
    // An empty separator (`String([])`) never matches: the rest is one pair.
    let end = sep === '' ? -1 : qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    const segment = qs.slice(start, end);
    start = end + sep.length;
    pairs--;
    if (segment.length === 0) {
      if (end === qs.length) break;
      continue;
    }
    const at = segment.indexOf(eq);
    const key = decodePart(at === -1 ? segment : segment.slice(0, at));
    // Node's parser only takes a value up to a separator: with an empty one, none.
    const value = at === -1 || sep === '' ? '' : decodePart(segment.slice(at + eq.length));
    const existing = obj[key];
    if (existing === undefined) obj[key] = value;
    else if (typeof existing === 'string') obj[key] = [existing, value];
    else existing.push(value);
    if (end === qs.length) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
