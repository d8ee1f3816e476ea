'use strict';
// fs.cp, fs.cpSync and fs.promises.cp: one walk, written as a generator
// that yields each fs call, driven synchronously for cpSync and with
// promises (each call a pool job) for the others.

const { nodeError, errors, fsSystemError, getValidatedPath, validateFunction, validateBoolean, validateObject } =
  require('internal/fs/utils');
const { ops } = require('internal/fs/ops');
const pathModule = require('path');

/// The calls the walk makes, in one form: `sync` or `promise`.
function io(form) {
  const call = (name) => ops[name][form];
  const lstatOrNull = (path) => {
    if (form === 'sync') return ops.lstat.sync(path, { throwIfNoEntry: false }) ?? null;
    return ops.lstat.promise(path).catch((err) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
  };
  return {
    stat: call('stat'), lstat: call('lstat'), lstatOrNull, mkdir: call('mkdir'), readdir: call('readdir'),
    readlink: call('readlink'), symlink: call('symlink'), unlink: call('unlink'), copyFile: call('copyFile'),
    utimes: call('utimes'), chmod: call('chmod'),
  };
}

let defined = false;
/// cp's errors: plain Errors with a code from cpSync (Node's native
/// cpSync), SystemErrors from cp and promises.cp (Node's JavaScript one).
function cpError(sync, kind, src, dest) {
  if (!defined) {
    defined = true;
    for (const code of ['ERR_FS_CP_EINVAL', 'ERR_FS_CP_DIR_TO_NON_DIR', 'ERR_FS_CP_NON_DIR_TO_DIR', 'ERR_FS_CP_EEXIST']) {
      errors().define(code, Error, (message) => message);
    }
  }
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

function* copy(fs, sync, src, dest, opts, top) {
  if (opts.filter && !(yield opts.filter(src, dest))) return;
  const srcStat = yield (opts.dereference ? fs.stat(src) : fs.lstat(src));
  const destStat = yield fs.lstatOrNull(dest);
  if (top && destStat && srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) throw cpError(sync, 'same', src, dest);
  if (srcStat.isDirectory()) {
    if (!opts.recursive) throw cpError(sync, 'isDir', src, dest);
    if (destStat && !destStat.isDirectory()) throw cpError(sync, 'dirToNonDir', src, dest);
    const from = pathModule.resolve(src);
    const to = pathModule.resolve(dest);
    if (to.startsWith(from + pathModule.sep)) throw cpError(sync, 'subdir', src, dest);
    if (!destStat) yield fs.mkdir(dest, { recursive: true });
    for (const name of yield fs.readdir(src)) {
      yield* copy(fs, sync, pathModule.join(src, name), pathModule.join(dest, name), opts, false);
    }
    if (!destStat) yield fs.chmod(dest, srcStat.mode & 0o7777);
    return;
  }
  if (destStat && destStat.isDirectory()) throw cpError(sync, 'nonDirToDir', src, dest);
  if (srcStat.isSymbolicLink()) {
    let target = yield fs.readlink(src);
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) target = pathModule.resolve(pathModule.dirname(src), target);
    if (destStat) {
      if (!opts.force) {
        if (opts.errorOnExist) throw existsError(dest);
        return;
      }
      yield fs.unlink(dest);
    }
    yield fs.symlink(target, dest);
    return;
  }
  if (destStat && !opts.force) {
    if (opts.errorOnExist) throw existsError(dest);
    return;
  }
  yield fs.copyFile(src, dest, opts.mode);
  if (opts.preserveTimestamps) yield fs.utimes(dest, srcStat.atime, srcStat.mtime);
}

function cpOptions(options) {
  const opts = { dereference: false, errorOnExist: false, force: true, mode: 0, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false };
  if (options === undefined || options === null) return opts;
  validateObject(options, 'options');
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    if (options[key] !== undefined) opts[key] = validateBoolean(options[key], `options.${key}`);
  }
  if (options.filter !== undefined) opts.filter = validateFunction(options.filter, 'options.filter');
  if (options.mode !== undefined) opts.mode = options.mode;
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
  cpPromise(src, dest, options).then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpPromise };
