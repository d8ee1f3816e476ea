'use strict';
// fs.cp, fs.cpSync and fs.promises.cp: one walk, written as a generator
// that yields each fs call, driven synchronously for cpSync and with
// promises (each call a pool job) for the others.

const {
  nodeError, errors, fsSystemError, getValidatedPath, validateFunction, validateBoolean, validateObject, validateInteger,
} =
  require('internal/fs/utils');
const { ops } = require('internal/fs/ops');
const pathModule = require('path');

/// The calls the walk makes, in one form: `sync` or `promise`.
function io(form) {
  const call = (name) => ops[name][form];
  const orNull = (op) => (path) => {
    if (form === 'sync') return ops[op].sync(path, { throwIfNoEntry: false }) ?? null;
    return ops[op].promise(path).catch((err) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return null;
      throw err;
    });
  };
  return {
    stat: call('stat'), lstat: call('lstat'), lstatOrNull: orNull('lstat'), statOrNull: orNull('stat'), mkdir: call('mkdir'), readdir: call('readdir'),
    readlink: call('readlink'), symlink: call('symlink'), unlink: call('unlink'), copyFile: call('copyFile'),
    utimes: call('utimes'), chmod: call('chmod'),
  };
}

for (const code of ['ERR_FS_CP_EINVAL', 'ERR_FS_CP_DIR_TO_NON_DIR', 'ERR_FS_CP_NON_DIR_TO_DIR', 'ERR_FS_CP_EEXIST',
  'ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY']) {
  errors().define(code, Error, (message) => message);
}
errors().define('ERR_INCOMPATIBLE_OPTION_PAIR', TypeError,
  (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`);

/// cp's errors: plain Errors with a code from cpSync (Node's native
/// cpSync), SystemErrors from cp and promises.cp (Node's JavaScript one).
function cpError(sync, kind, src, dest, at = dest) {
  const table = {
    same: ['ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`, dest,
      ['Invalid src or dest', 'EINVAL', 22, 'src and dest cannot be the same', dest]],
    subdir: ['ERR_FS_CP_EINVAL', `Cannot copy ${src}/ to a subdirectory of self ${dest}`, dest,
      ['Invalid src or dest', 'EINVAL', 22, `cannot copy ${src} to a subdirectory of self ${dest}`, dest]],
    dirToNonDir: ['ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`, dest,
      ['Cannot overwrite non-directory with directory', 'EISDIR', 21,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest]],
    nonDirToDir: ['ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`, dest,
      ['Cannot overwrite directory with non-directory', 'ENOTDIR', 20,
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest]],
    linkToSubdir: ['ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${dest} with ${src}`, at,
      ['Cannot overwrite symlink in subdirectory of self', 'EINVAL', 22, `cannot overwrite ${dest} with ${src}`, at]],
    isDir: ['ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${src}/`, src,
      ['Path is a directory', 'EISDIR', 21, `${src} is a directory (not copied)`, src]],
  };
  const [code, message, , system] = table[kind];
  if (!sync) return fsSystemError(code, system[0], 'cp', system[1], system[2], system[3], system[4], true);
  if (code === 'ERR_FS_EISDIR') {
    const err = new Error(message);
    err.code = code;
    return err;
  }
  return nodeError(code, message);
}

function existsError(dest) {
  return fsSystemError('ERR_FS_CP_EEXIST', 'Target already exists', 'cp', 'EEXIST', 17, `${dest} already exists`, dest, true);
}

/// Whether `child` lies inside `parent` (both resolved); `orSame`: or is it.
function isSubdir(parent, child, orSame = false) {
  const from = pathModule.resolve(parent);
  const to = pathModule.resolve(child);
  if (to === from) return orSame;
  return to.startsWith(from.endsWith(pathModule.sep) ? from : from + pathModule.sep);
}

/// Node's checks of the top-level pair, made before anything is copied.
function* checkPaths(fs, sync, src, dest, srcStat, destStat) {
  const same = (a, b) => a && b && a.ino === b.ino && a.dev === b.dev;
  if (same(srcStat, destStat)) throw cpError(sync, 'same', src, dest);
  if (srcStat.isDirectory() && destStat && !destStat.isDirectory()) throw cpError(sync, 'dirToNonDir', src, dest);
  if (!srcStat.isDirectory() && destStat && destStat.isDirectory()) throw cpError(sync, 'nonDirToDir', src, dest);
  if (srcStat.isDirectory() && isSubdir(src, dest)) throw cpError(sync, 'subdir', src, dest);
  // A parent of dest that is src (through a symlink) is a copy into itself.
  const srcReal = yield fs.statOrNull(src);
  for (let parent = pathModule.dirname(pathModule.resolve(dest)); ; parent = pathModule.dirname(parent)) {
    let parentStat = null;
    try {
      parentStat = yield fs.statOrNull(parent);
    } catch {
      // A parent that cannot be looked at (outside an allow-list) is not src.
    }
    if (same(srcReal, parentStat)) throw cpError(sync, 'subdir', src, dest);
    if (parent === pathModule.dirname(parent)) break;
  }
}

function* copyLink(fs, sync, src, dest, opts, destStat) {
  let target = yield fs.readlink(src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) target = pathModule.resolve(pathModule.dirname(src), target);
  if (!destStat) {
    yield fs.symlink(target, dest);
    return;
  }
  let destTarget;
  try {
    destTarget = yield fs.readlink(dest);
  } catch (err) {
    // dest is no symlink: making the link fails as Node's does (EEXIST).
    if (err.code === 'EINVAL') yield fs.symlink(target, dest);
    throw err;
  }
  if (!pathModule.isAbsolute(destTarget)) destTarget = pathModule.resolve(pathModule.dirname(dest), destTarget);
  const srcIsDir = (yield fs.statOrNull(src))?.isDirectory();
  if (srcIsDir && isSubdir(target, destTarget, true)) throw cpError(sync, 'subdir', target, destTarget);
  if (isSubdir(destTarget, target)) throw cpError(sync, 'linkToSubdir', target, destTarget, dest);
  yield fs.unlink(dest);
  yield fs.symlink(target, dest);
}

function* copy(fs, sync, src, dest, opts, top) {
  if (opts.filter) {
    const keep = opts.filter(src, dest);
    if (sync && keep && typeof keep.then === 'function') {
      throw nodeError('ERR_INVALID_RETURN_VALUE', 'type boolean', 'filter', keep);
    }
    if (!(yield keep)) return;
  }
  const srcStat = yield (opts.dereference ? fs.stat(src) : fs.lstat(src));
  const destStat = yield (opts.dereference ? fs.statOrNull(dest) : fs.lstatOrNull(dest));
  if (top) {
    yield* checkPaths(fs, sync, src, dest, srcStat, destStat);
    const parent = pathModule.dirname(dest);
    if (!(yield fs.statOrNull(parent))) yield fs.mkdir(parent, { recursive: true });
  }
  if (srcStat.isDirectory()) {
    if (!opts.recursive) throw cpError(sync, 'isDir', src, dest);
    if (destStat && !destStat.isDirectory()) throw cpError(sync, 'dirToNonDir', src, dest);
    if (destStat && !opts.force && opts.errorOnExist) throw existsError(dest);
    if (!destStat) yield fs.mkdir(dest);
    for (const name of yield fs.readdir(src)) {
      yield* copy(fs, sync, pathModule.join(src, name), pathModule.join(dest, name), opts, false);
    }
    if (!destStat) yield fs.chmod(dest, srcStat.mode & 0o7777);
    return;
  }
  if (destStat && destStat.isDirectory()) throw cpError(sync, 'nonDirToDir', src, dest);
  if (srcStat.isSymbolicLink()) {
    yield* copyLink(fs, sync, src, dest, opts, destStat);
    return;
  }
  if (destStat && !opts.force) {
    if (opts.errorOnExist) throw existsError(dest);
    return;
  }
  // A symlink at dest is replaced, not followed.
  if (destStat && destStat.isSymbolicLink()) yield fs.unlink(dest);
  yield fs.copyFile(src, dest, opts.mode);
  if (opts.preserveTimestamps) yield fs.utimes(dest, srcStat.atime, srcStat.mtime);
}

function cpOptions(options) {
  const defaults = { dereference: false, errorOnExist: false, force: true, mode: 0, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false };
  if (options === undefined || options === null) return defaults;
  validateObject(options, 'options');
  // As Node: an option given as undefined replaces its default, and is checked.
  const opts = { ...defaults, ...options };
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(opts[key], `options.${key}`);
  }
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  validateInteger(opts.mode, 'options.mode', 0);
  if (opts.dereference && opts.verbatimSymlinks) {
    throw nodeError('ERR_INCOMPATIBLE_OPTION_PAIR', 'dereference', 'verbatimSymlinks');
  }
  return opts;
}

function cpSync(src, dest, options) {
  const opts = cpOptions(options);
  const walk = copy(io('sync'), true, getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), opts, true);
  for (let step = walk.next(); !step.done; step = walk.next(step.value));
}

async function cpPromise(src, dest, options) {
  const opts = cpOptions(options);
  const walk = copy(io('promise'), false, getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), opts, true);
  let step = walk.next();
  while (!step.done) {
    let value;
    try {
      value = await step.value;
    } catch (err) {
      step = walk.throw(err);
      continue;
    }
    step = walk.next(value);
  }
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  // Bad options throw now, as Node's do.
  cpOptions(options);
  getValidatedPath(src, 'src');
  getValidatedPath(dest, 'dest');
  cpPromise(src, dest, options).then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpPromise };
