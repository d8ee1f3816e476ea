'use strict';
// File paths to and from file: URLs (node:url's fileURLToPath, pathToFileURL
// and fileURLToPathBuffer; fs takes file: URLs through them). The URL class
// loads only when a URL is made.

const binding = internalBinding('url');
const { nodeError, validateString } = require('internal/web_errors');

const newURL = (href) => new (require('internal/url/whatwg').URL)(href);

// What node:url and fs take for a URL: a WHATWG URL or an object shaped like one (not a legacy Url).
const { isURLLike } = require('internal/url/is_url');

function fileURLOf(path) {
  if (typeof path === 'string') return newURL(path);
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
      return newURL(`file://${host}/${encodePath(rest)}`);
    }
    let resolved = path.win32.resolve(filepath);
    if (/[\\/]$/.test(filepath) && !resolved.endsWith('\\')) resolved += '\\';
    return newURL(`file:///${encodePath(resolved.replaceAll('\\', '/'))}`);
  }
  let resolved = path.posix.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return newURL(`file://${encodePath(resolved)}`);
}

module.exports = { isURLLike, fileURLToPath, fileURLToPathBuffer, pathToFileURL };
