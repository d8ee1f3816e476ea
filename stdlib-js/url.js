'use strict';
// node:url: the WHATWG URL classes (internal/url/whatwg.js), the legacy API
// (internal/url/legacy.js), file paths to and from file: URLs
// (internal/url/file.js), and the helpers around them.

const binding = internalBinding('url');
const { URL, URLSearchParams, isURL } = require('internal/url/whatwg');
const { Url, urlParse, urlResolve, urlResolveObject } = require('internal/url/legacy');
const { nodeError } = require('internal/url/errors');
const { fileURLToPath, fileURLToPathBuffer, pathToFileURL } = require('internal/url/file');

function urlFormat(urlObject, options = undefined) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
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

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
