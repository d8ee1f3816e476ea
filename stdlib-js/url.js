'use strict';
// node:url: the WHATWG URL classes (internal/url/whatwg.js), the legacy API
// (internal/url/legacy.js), file paths to and from file: URLs
// (internal/url/file.js), and the helpers around them.
//
// The classes and the legacy API load on first use: a module that only
// wants fileURLToPath does not parse them (Boa has no snapshot).

const binding = internalBinding('url');
const { nodeError } = require('internal/web_errors');
const { fileURLToPath, fileURLToPathBuffer, pathToFileURL } = require('internal/url/file');

const whatwg = () => require('internal/url/whatwg');
const legacy = () => require('internal/url/legacy');

function urlParse(url, parseQueryString, slashesDenoteHost) {
  return legacy().urlParse(url, parseQueryString, slashesDenoteHost);
}

function urlResolve(source, relative) {
  return legacy().urlResolve(source, relative);
}

function urlResolveObject(source, relative) {
  return legacy().urlResolveObject(source, relative);
}

function urlFormat(urlObject, options = undefined) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'urlObject', ['Object', 'string'], urlObject);
  } else if (whatwg().isURL(urlObject)) {
    return formatURL(urlObject, options);
  }
  return legacy().Url.prototype.format.call(urlObject);
}

/// `url.format(new URL(...), { fragment, unicode, search, auth })`.
function formatURL(url, options) {
  const chosen = { fragment: true, unicode: false, search: true, auth: true };
  if (options) {
    if (typeof options !== 'object') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
    }
    for (const key of Object.keys(chosen)) {
      if (options[key] != null) chosen[key] = Boolean(options[key]);
    }
  }
  const href = url.href;
  let out = url.protocol;
  if (href.startsWith(`${out}//`)) {
    out += '//';
    if (chosen.auth && (url.username || url.password)) {
      out += url.username + (url.password ? `:${url.password}` : '') + '@';
    }
    out += chosen.unicode ? binding.domainToUnicode(url.hostname) : url.hostname;
    if (url.port) out += `:${url.port}`;
  }
  out += url.pathname;
  if (chosen.search) out += url.search;
  if (chosen.fragment) out += url.hash;
  return out;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw nodeError('ERR_MISSING_ARGS', 'domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw nodeError('ERR_MISSING_ARGS', 'domain');
  return binding.domainToUnicode(`${domain}`);
}

function urlToHttpOptions(url) {
  if (url === null || typeof url !== 'object') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'url', 'object', url);
  }
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

/// An export made on first read (Node's order of keys is kept); it stays an
/// accessor, keeping what a script assigns (see lazy_property in runtime/ops/mod.rs).
function lazy(load) {
  let assigned = false;
  let value;
  return {
    get() { return assigned ? value : load(); },
    set(v) { assigned = true; value = v; },
    enumerable: true,
    configurable: true,
  };
}

module.exports = {
  Url: undefined,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL: undefined,
  URLSearchParams: undefined,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
Object.defineProperties(module.exports, {
  Url: lazy(() => legacy().Url),
  URL: lazy(() => whatwg().URL),
  URLSearchParams: lazy(() => whatwg().URLSearchParams),
});
