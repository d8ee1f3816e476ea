'use strict';
// module.findPackageJSON(specifier[, base]) as Node 24 answers it: a bare specifier gives the
// package.json at the root of the package it names, looked up through the node_modules folders
// above `base`; anything else is resolved as an ES module import would be (no extension added, a
// directory taken as is) and gives the closest package.json above it.

const fs = require('fs');
const path = require('path');
const { makeNodeError } = require('internal/errors');
const { isURLLike } = require('internal/url/is_url');
const { fileURLToPath, pathToFileURL } = require('internal/url/file');

const URL = () => require('internal/url/whatwg').URL;

function isFile(file) {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

// `lodash/fp` names `lodash`, `@scope/pkg/x` names `@scope/pkg`.
function packageName(specifier, base) {
  const slash = specifier.indexOf('/');
  let end = slash;
  let valid = true;
  if (specifier[0] === '@') {
    if (slash === -1 || slash === specifier.length - 1) valid = false;
    else end = specifier.indexOf('/', slash + 1);
  }
  const name = end === -1 ? specifier : specifier.slice(0, end);
  if (name[0] === '.' || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) {
    const from = base.protocol === 'file:' ? fileURLToPath(base) : undefined;
    throw makeNodeError('ERR_INVALID_MODULE_SPECIFIER', specifier, 'is not a valid package name', from);
  }
  return name;
}

// The first node_modules/<name>/package.json from `base`'s folder up to the root.
function packageRootJSON(specifier, base) {
  const name = packageName(specifier, base);
  const up = name[0] === '@' ? '../../../../node_modules/' : '../../../node_modules/';
  let url = new (URL())(`./node_modules/${name}/package.json`, base);
  let last;
  do {
    const file = fileURLToPath(url);
    if (isFile(file)) return file;
    last = url.pathname;
    url = new (URL())(`${up}${name}/package.json`, url);
  } while (url.pathname !== last);
  throw makeNodeError('ERR_MODULE_NOT_FOUND', `Cannot find package '${name}' imported from ${fileURLToPath(base)}`);
}

// What an import of `specifier` from `base` resolves to, as a path: a directory is taken as
// it is (Node's resolver refuses it, and findPackageJSON uses the refused URL).
function resolveTarget(specifier, base) {
  let url;
  if (URL().canParse(specifier)) {
    url = new (URL())(specifier);
  } else if (base.protocol === 'file:') {
    url = new (URL())(specifier, base);
  } else {
    throw makeNodeError('ERR_UNSUPPORTED_RESOLVE_REQUEST', specifier, `${base}`);
  }
  const file = fileURLToPath(url);
  const stats = fs.statSync(file.length > 1 && file.endsWith('/') ? file.slice(0, -1) : file, { throwIfNoEntry: false });
  if (stats === undefined) {
    const err = makeNodeError('ERR_MODULE_NOT_FOUND', `Cannot find module '${file}' imported from ${fileURLToPath(base)}`);
    err.url = url.href;
    throw err;
  }
  return file;
}

function findPackageJSON(specifier, base = 'data:') {
  if (arguments.length === 0) throw makeNodeError('ERR_MISSING_ARGS', 'specifier');
  specifier = `${specifier}`;
  let baseURL = base;
  if (!isURLLike(base)) {
    if (typeof base !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'base', 'string', base);
    baseURL = path.isAbsolute(base) ? pathToFileURL(base) : new (URL())(base);
  }
  if (specifier && specifier[0] !== '.' && specifier[0] !== '/' && !URL().canParse(specifier)) {
    return packageRootJSON(specifier, baseURL);
  }
  const target = resolveTarget(specifier, baseURL);
  // From the folder a file is in, or from a folder named with its trailing slash.
  let dir = target.endsWith('/') ? target.slice(0, -1) : path.dirname(target);
  for (;;) {
    const candidate = path.join(dir || '/', 'package.json');
    if (isFile(candidate)) return candidate;
    if (dir === '' || dir === '/') return undefined;
    dir = path.dirname(dir);
  }
}

module.exports = { findPackageJSON };
