'use strict';
// node:url: the WHATWG URL classes (internal/url/whatwg.js), the legacy API
// (internal/url/legacy.js), file paths to and from file: URLs, and the
// helpers around them.

const binding = internalBinding('url');
const { URL, URLSearchParams, isURL } = require('internal/url/whatwg');
const { Url, urlParse, urlResolve, urlResolveObject } = require('internal/url/legacy');
const { nodeError, validateString } = require('internal/url/errors');

/// What node:url and fs take for a URL: a WHATWG URL or an object shaped
/// like one (not a legacy Url).
function isURLLike(value) {
  return Boolean(value && value.href && value.protocol && value.auth === undefined && value.path === undefined);
}

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

function fileURLOf(path) {
  if (typeof path === 'string') return new URL(path);
  if (!isURLLike(path)) throw nodeError('ERR_INVALID_ARG_TYPE', 'path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw nodeError('ERR_INVALID_URL_SCHEME', 'file');
  return path;
}

/// The path a file: URL names, still percent-encoded; checked as Node does.
function encodedPath(url, windows) {
  if (url.protocol !== 'file:') throw nodeError('ERR_INVALID_URL_SCHEME', 'file');
  const pathname = url.pathname;
  if (windows) {
    if (/%2f|%5c/i.test(pathname)) throw invalidPath('must not include encoded \\ or / characters', url);
    return pathname.replaceAll('/', '\\');
  }
  if (url.hostname !== '') throw nodeError('ERR_INVALID_FILE_URL_HOST', process.platform);
  if (/%2f/i.test(pathname)) throw invalidPath('must not include encoded / characters', url);
  return pathname;
}

/// ERR_INVALID_FILE_URL_PATH, with the URL as `input`.
function invalidPath(why, url) {
  const err = nodeError('ERR_INVALID_FILE_URL_PATH', why);
  err.input = url;
  return err;
}

function fileURLToPath(path, options = undefined) {
  const windows = Boolean(options && options.windows);
  const url = fileURLOf(path);
  const decoded = decodeURIComponent(encodedPath(url, windows));
  if (!windows) return decoded;
  if (url.hostname !== '') return `\\\\${binding.domainToUnicode(url.hostname)}${decoded}`;
  const letter = decoded.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || decoded[2] !== ':') {
    throw invalidPath('must be absolute', url);
  }
  return decoded.slice(1);
}

/// The path's bytes, for names that are not UTF-8.
function fileURLToPathBuffer(path, options = undefined) {
  const { Buffer } = require('buffer');
  const encoded = encodedPath(fileURLOf(path), Boolean(options && options.windows));
  const bytes = [];
  for (let i = 0; i < encoded.length; i++) {
    if (encoded[i] === '%' && /^[0-9a-f]{2}$/i.test(encoded.slice(i + 1, i + 3))) {
      bytes.push(parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(encoded[i]));
    }
  }
  return Buffer.from(bytes);
}

const encodePath = binding.encodePath;

function pathToFileURL(filepath, options = undefined) {
  validateString(filepath, 'path');
  const windows = Boolean(options && options.windows);
  const path = require('path');
  if (windows) {
    // Extended paths: \\?\C:\x is C:\x, \\?\UNC\server\share is \\server\share.
    if (filepath.startsWith('\\\\?\\UNC\\')) filepath = `\\\\${filepath.slice(8)}`;
    else if (filepath.startsWith('\\\\?\\')) filepath = filepath.slice(4);
    if (filepath.startsWith('\\\\')) {
      // \\server\share\x: a host.
      const parts = filepath.split('\\');
      const host = parts[2];
      const rest = parts.slice(3).join('/');
      return new URL(`file://${host}/${encodePath(rest)}`);
    }
    let resolved = path.win32.resolve(filepath);
    if (/[\\/]$/.test(filepath) && !resolved.endsWith('\\')) resolved += '\\';
    return new URL(`file:///${encodePath(resolved.replaceAll('\\', '/'))}`);
  }
  let resolved = path.posix.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL(`file://${encodePath(resolved)}`);
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
