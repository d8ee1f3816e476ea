'use strict';
// Each fs call that maps to one native, as `forms` (internal/fs/utils.js)
// makes them: `ops.stat.sync`, `ops.stat.callback`, `ops.stat.promise`.
// The `prepare` functions check the arguments as Node 24 does.

const {
  constants, nodeError, stringToFlags, validateInt32, validateInteger, validateBoolean, validateFd,
  parseFileMode, getOptions, getValidatedPath, isFd, toUnixTimestamp, encoded, forms, withPost,
  makeStatFs, Dirent, errors, eisdirError, validateObject, validateModeArg,
} = require('internal/fs/utils');
// path and util load when a call needs them: require('fs') stays cheap.
let pathModule;
const paths = () => (pathModule ??= require('path'));

const { F_OK } = constants;

function statOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false };
  return options;
}

function validateMode(mode, name, def) {
  return parseFileMode(mode, name, def);
}

function validateId(value, name) {
  return validateInteger(value, name, -1, 4294967295);
}

/// rm's and rmdir's options, checked as Node's `validateRmOptions`.
function rmOptions(options) {
  if (options === undefined) return { recursive: false, force: false };
  validateObject(options, 'options');
  const recursive = options.recursive ?? false;
  const force = options.force ?? false;
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  if (options.maxRetries !== undefined) validateInteger(options.maxRetries, 'options.maxRetries', 0, 4294967295);
  if (options.retryDelay !== undefined) validateInteger(options.retryDelay, 'options.retryDelay', 0, 4294967295);
  return { recursive, force };
}

/// readdir's result: names, or Dirents, in the requested encoding.
function readdirResult(path, options) {
  return ([names, kinds]) => {
    if (!options.withFileTypes) {
      return options.encoding && options.encoding !== 'utf8' ? names.map((n) => encoded(n, options)) : names;
    }
    return names.map((rel, i) => {
      const slash = rel.lastIndexOf('/');
      const parent = slash < 0 ? path : paths().join(path, rel.slice(0, slash));
      return new Dirent(encoded(rel.slice(slash + 1), options), kinds[i], parent);
    });
  };
}

const ops = {
  access: forms('access', (path, mode) => [getValidatedPath(path), validateModeArg(mode ?? F_OK)]),
  stat: forms('stat', (path, options) => {
    options = statOptions(options);
    return [getValidatedPath(path), true, options.throwIfNoEntry !== false, Boolean(options.bigint)];
  }),
  lstat: forms('stat', (path, options) => {
    options = statOptions(options);
    return [getValidatedPath(path), false, options.throwIfNoEntry !== false, Boolean(options.bigint)];
  }),
  fstat: forms('fstat', (fd, options) => [validateFd(fd), Boolean(statOptions(options).bigint)]),
  statfs: forms('statfs', (path, options) => {
    options = statOptions(options);
    return withPost([getValidatedPath(path)], (f) => makeStatFs(f, options.bigint));
  }),
  open: forms('open', (path, flags, mode) => {
    path = getValidatedPath(path);
    return [path, stringToFlags(flags), validateMode(mode, 'mode', 0o666)];
  }, { callbackLast: true }),
  close: forms('close', (fd) => [validateFd(fd)]),
  fsync: forms('fsync', (fd) => [validateFd(fd), false]),
  fdatasync: forms('fsync', (fd) => [validateFd(fd), true]),
  ftruncate: forms('ftruncate', (fd, len) => {
    validateFd(fd);
    if (len === undefined) len = 0;
    validateInteger(len, 'len');
    return [fd, Math.max(0, len)];
  }),
  truncate: forms('truncate', (path, len) => {
    if (len === undefined) len = 0;
    if (isFd(path)) throw nodeError('ERR_INVALID_ARG_TYPE', 'path', ['string', 'Buffer', 'URL'], path);
    validateInteger(len, 'len');
    return [getValidatedPath(path), Math.max(0, len)];
  }),
  chmod: forms('chmod', (path, mode) => {
    path = getValidatedPath(path);
    if (mode == null) throw nodeError('ERR_INVALID_ARG_TYPE', 'mode', 'number', mode);
    return [path, validateMode(mode, 'mode')];
  }),
  fchmod: forms('fchmod', (fd, mode) => {
    validateFd(fd);
    if (mode == null) throw nodeError('ERR_INVALID_ARG_TYPE', 'mode', 'number', mode);
    return [fd, validateMode(mode, 'mode')];
  }),
  chown: forms('chown', (path, uid, gid) => [getValidatedPath(path), validateId(uid, 'uid'), validateId(gid, 'gid'), true]),
  lchown: forms('chown', (path, uid, gid) => [getValidatedPath(path), validateId(uid, 'uid'), validateId(gid, 'gid'), false]),
  fchown: forms('fchown', (fd, uid, gid) => [validateFd(fd), validateId(uid, 'uid'), validateId(gid, 'gid')]),
  utimes: forms('utimes', (path, atime, mtime) =>
    [getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true]),
  lutimes: forms('utimes', (path, atime, mtime) =>
    [getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false]),
  futimes: forms('futimes', (fd, atime, mtime) =>
    [validateFd(fd), toUnixTimestamp(atime), toUnixTimestamp(mtime)]),
  mkdir: forms('mkdir', (path, options) => {
    let mode = 0o777;
    let recursive = false;
    if (typeof options === 'number' || typeof options === 'string') {
      mode = parseFileMode(options, 'mode', 0o777);
    } else if (options) {
      if (options.recursive !== undefined) recursive = validateBoolean(options.recursive, 'options.recursive');
      if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode', 0o777);
    }
    return [getValidatedPath(path), recursive, mode];
  }),
  mkdtemp: forms('mkdtemp', (prefix, options) => {
    options = getOptions(options);
    prefix = getValidatedPath(prefix, 'prefix');
    return withPost([prefix], (p) => encoded(p, options));
  }),
  rm: forms('rm', (path, options) => {
    path = getValidatedPath(path);
    const { recursive, force } = rmOptions(options);
    return withPost([path, recursive, force], (r) => {
      if (r === 'EISDIR') throw eisdirError(path);
    });
  }),
  unlink: forms('unlink', (path) => [getValidatedPath(path)]),
  rename: forms('rename', (from, to) => [getValidatedPath(from, 'oldPath'), getValidatedPath(to, 'newPath')]),
  copyFile: forms('copyFile', (src, dest, mode) => {
    src = getValidatedPath(src, 'src');
    dest = getValidatedPath(dest, 'dest');
    return [src, dest, validateModeArg(mode)];
  }),
  link: forms('link', (existing, newPath) =>
    [getValidatedPath(existing, 'existingPath'), getValidatedPath(newPath, 'newPath')]),
  symlink: forms('symlink', (target, path, type) => {
    if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
      throw errors().nodeErrorWithMessage('ERR_INVALID_ARG_VALUE', TypeError,
        `The argument 'type' must be one of: 'dir', 'file', 'junction', null, undefined. Received ${require('util').inspect(type)}`);
    }
    return [getValidatedPath(target, 'target'), getValidatedPath(path)];
  }),
  readlink: forms('readlink', (path, options) => {
    options = getOptions(options);
    return withPost([getValidatedPath(path, 'oldPath')], (p) => encoded(p, options));
  }),
  realpath: forms('realpath', (path, options) => {
    options = getOptions(options);
    return withPost([paths().resolve(getValidatedPath(path)), false], (p) => encoded(p, options));
  }),
  realpathNative: forms('realpath', (path, options) => {
    options = getOptions(options);
    return withPost([getValidatedPath(path), true], (p) => encoded(p, options));
  }),
  readdir: forms('readdir', (path, options) => {
    options = getOptions(options);
    path = getValidatedPath(path);
    if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
    return withPost([path, Boolean(options.recursive), false], readdirResult(path, options));
  }),
};
// rmdir with `recursive` (deprecated, DEP0147) removes the tree as rm does.
{
  const plain = forms('rmdir', (path) => [getValidatedPath(path)]);
  const tree = forms('rm', (path) => [getValidatedPath(path), true, false]);
  let warned = false;
  const pick = (form) => function rmdir(path, options, callback) {
    if (options && typeof options === 'object' && options.recursive) {
      if (!warned) {
        warned = true;
        process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
          'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
      }
      return form === 'callback' ? tree.callback(path, callback) : tree[form](path);
    }
    if (typeof options === 'function' || form !== 'callback') return plain[form](path, options);
    return plain.callback(path, callback);
  };
  ops.rmdir = { sync: pick('sync'), callback: pick('callback'), promise: pick('promise') };
}

module.exports = { ops };
