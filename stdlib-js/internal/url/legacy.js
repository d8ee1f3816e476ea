'use strict';
// The legacy, pre-WHATWG API of node:url: `Url`, `parse`, `format` of such
// objects, `resolve` and `resolveObject`. Its rules are Node's own (not a
// standard's): kept here as Node 24 applies them, quirks included.

// querystring (and Buffer with it) loads only for query objects.
const querystring = () => require('querystring');
const binding = internalBinding('url');
const { invalidUrl, validateString } = require('internal/web_errors');

// Schemes that never have a host (javascript:alert(1)).
const hostless = new Set(['javascript', 'javascript:']);
// Schemes whose URLs always have `//` and a host.
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:',
  'ws', 'ws:', 'wss', 'wss:']);
// Schemes whose rest is left unescaped.
const unsafe = new Set(['javascript', 'javascript:']);

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostAuthPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
// Characters that end the host part, and those never allowed in a host.
const hostEnders = '#/?';
const notHost = '\t\n\r "%\';<>\\^`{|}';
const forbiddenHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
const hostnameMaxLength = 255;
// What the rest of a URL gets percent-encoded, whatever encodeURIComponent thinks.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;

const warned = new Set();
function deprecate(code, message) {
  if (warned.has(code)) return;
  warned.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const isWhitespace = (c) => c <= 32 || c === 0xa0 || c === 0xfeff;

/// The input without surrounding whitespace, with backslashes before the
/// first `?` or `#` turned into slashes; and whether it has `#` and `@` there.
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let text = url.slice(start, end);
  const split = text.search(/[?#]/);
  const head = split === -1 ? text : text.slice(0, split);
  if (head.includes('\\')) text = head.replaceAll('\\', '/') + text.slice(head.length);
  return { text, hasHash: text.includes('#'), hasAt: head.includes('@') };
}

function setQuery(self, search, parseQueryString) {
  if (search !== undefined) {
    self.search = search;
    self.query = parseQueryString ? querystring().parse(search.slice(1)) : search.slice(1);
  } else if (parseQueryString) {
    self.search = null;
    self.query = { __proto__: null };
  }
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  const prepared = prepare(url);
  let rest = prepared.text;

  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt) {
    // A plain path (and query): nothing else to find.
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      setQuery(this, simple[2], parseQueryString);
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || hostAuthPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // Node compares the scheme as written (not lower-cased) here.
  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafe.has(lowerProto)) rest = rest.replace(autoEscapePattern, (c) => autoEscape[c]);

  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) this.hash = rest.slice(hashAt);
  const beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt !== -1) setQuery(this, beforeHash.slice(queryAt), parseQueryString);
  else setQuery(this, undefined, parseQueryString);
  const pathEnd = queryAt !== -1 ? queryAt : hashAt;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

/// Takes `auth@host:port` from the front of `rest` into `self`; the rest after it.
function parseAuthority(self, rest, url) {
  // The host ends at the first of `#/?`; before it, the last `@` ends the
  // auth, and the first character not allowed in a host after that ends the host.
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (hostEnders.includes(c)) {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
      break;
    }
    if (c === '@') {
      atSign = i;
      nonHost = -1;
    } else if (notHost.includes(c) && nonHost === -1) {
      nonHost = i;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  parseHost(self);
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6 = isIpv6(hostname);
  if (!ipv6) {
    // A hostname stops at the first `/ \ # ? :`; what follows joins the path.
    const bad = hostname.search(/[/\\#?:]/);
    if (bad !== -1) {
      // A `:` left here is a port that is not a number: tolerated, with a warning.
      if (hostname[bad] === ':') {
        deprecate('DEP0170', `The URL ${url} is invalid. Future versions of Node.js will throw an error.`);
      }
      self.hostname = hostname.slice(0, bad);
      rest = `/${hostname.slice(bad)}${rest}`;
    }
  }
  self.hostname = self.hostname.length > hostnameMaxLength ? '' : self.hostname.toLowerCase();
  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostIpv6.test(self.hostname)) throw invalidUrl(url);
    } else {
      self.hostname = binding.toASCII(self.hostname);
      if (forbiddenHost.test(self.hostname)) throw invalidUrl(url);
    }
  }
  self.host = self.hostname + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

const isIpv6 = (hostname) => hostname.startsWith('[') && hostname.endsWith(']');

/// Splits `self.host` into hostname and port.
function parseHost(self) {
  let host = self.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') self.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) self.hostname = host;
}

// The auth of a formatted URL keeps encodeURIComponent's set and ':'.
function encodeAuth(auth) {
  return encodeURIComponent(auth).replace(/%3A/gi, ':');
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const name = this.hostname;
    host = auth + (name.includes(':') && !isIpv6(name) ? `[${name}]` : name);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = querystring().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replaceAll('#', '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

/// With the path of `result` as `segments`: sets pathname, path and href.
function finish(result, relative, segments) {
  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname || '') + (result.search || '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

/// For schemes without `//` (mailto:), the host travels as the first path
/// segment; `user@host` there is split back into auth and host.
function hostFromSegment(result, segment) {
  result.hostname = result.host = segment;
  const at = result.host ? result.host.indexOf('@') : -1;
  if (at > 0) {
    const [auth, host] = result.host.split('@');
    result.auth = auth;
    result.host = result.hostname = host;
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const result = new Url();
  Object.assign(result, this);
  // The fragment always comes from the relative URL, even an empty one.
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  if (relative.slashes && !relative.protocol) {
    // `//host/path`: everything but the scheme comes from the relative URL.
    for (const key of Object.keys(relative)) if (key !== 'protocol') result[key] = relative[key];
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherScheme(result, relative);
  }

  const sourceAbsolute = Boolean(result.pathname && result.pathname[0] === '/');
  const relativeAbsolute = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbsolute = relativeAbsolute || sourceAbsolute || (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let segments = (result.pathname && result.pathname.split('/')) || [];
  const relativeSegments = (relative.pathname && relative.pathname.split('/')) || [];
  const noSlashes = result.protocol && !slashed.has(result.protocol);

  if (noSlashes) {
    // Without `//`, `..` may climb into the host: it becomes a segment.
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // The relative URL names its own host: the base's auth does not carry over.
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relativeSegments[0] === '') relativeSegments[0] = relative.host;
        else relativeSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relativeSegments[0] === '' || segments[0] === '');
  }

  if (relativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relativeSegments;
  } else if (relativeSegments.length) {
    // A relative path replaces the last segment.
    segments.pop();
    segments = segments.concat(relativeSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query (`?x`).
    if (noSlashes) hostFromSegment(result, segments.shift());
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.href = result.format();
    return result;
  }

  if (!segments.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in `.` or `..` (or empty) keeps a trailing slash.
  let last = segments[segments.length - 1];
  const trailingSlash = ((result.host || relative.host || segments.length > 1) && (last === '.' || last === '..')) ||
    last === '';

  // Drop `.`, and `..` with the segment before it; count the `..` left over.
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    last = segments[i];
    if (last === '.') {
      segments.splice(i, 1);
    } else if (last === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !removeAllDots) {
    while (up--) segments.unshift('..');
  }
  if (mustEndAbsolute && segments[0] !== '' && (!segments[0] || segments[0][0] !== '/')) segments.unshift('');
  if (trailingSlash && !segments.join('/').endsWith('/')) segments.push('');

  const absolute = segments[0] === '' || Boolean(segments[0] && segments[0][0] === '/');
  if (noSlashes) hostFromSegment(result, absolute ? '' : segments.length ? segments.shift() : '');
  mustEndAbsolute = mustEndAbsolute || (result.host && segments.length);
  if (mustEndAbsolute && !absolute) segments.unshift('');
  return finish(result, relative, segments);
};

/// `resolveObject` when the relative URL names another scheme.
function resolveOtherScheme(result, relative) {
  if (!slashed.has(relative.protocol)) {
    // Not a scheme with hosts: the relative URL stands alone.
    Object.assign(result, relative);
    result.href = result.format();
    return result;
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
    // `http:path`: the first non-empty segment is the host.
    const segments = (relative.pathname || '').split('/');
    while (segments.length && !(relative.host = segments.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (segments[0] !== '') segments.unshift('');
    if (segments.length < 2) segments.unshift('');
    result.pathname = segments.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  deprecate('DEP0169', '`url.parse()` behavior is not standardized and prone to errors that have security ' +
    'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.');
  if (url instanceof Url) return url;
  const parsed = new Url();
  parsed.parse(url, parseQueryString, slashesDenoteHost);
  return parsed;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = { Url, urlParse, urlResolve, urlResolveObject };
