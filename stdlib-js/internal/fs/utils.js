'use strict';
// The parts of fs that its callback, sync and promise forms share: flags,
// constants, argument checks with Node's messages, Stats, StatFs, Dirent,
// and `forms`, which makes the three forms of one native call.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const { encodingCode } = require('internal/encodings');
const { isURLLike } = require('internal/url/is_url');
// URL handling loads with the first URL path.
const fileURLToPath = (url) => require('internal/url/file').fileURLToPath(url);

let errorsModule;
function errors() {
  if (!errorsModule) {
    errorsModule = require('internal/errors');
  }
  return errorsModule;
}
const nodeError = (code, ...args) => errors().makeNodeError(code, ...args);

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000, S_IFBLK: 0o60000,
  S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0, UV_FS_O_SHORT_LIVED: 0,
  UV_FS_O_SEQUENTIAL: 0, UV_FS_O_RANDOM: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000, O_APPEND: 0o2000,
  O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000, O_SYNC: 0o4010000, O_DSYNC: 0o10000,
  O_DIRECT: 0o40000, O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o70, S_IRGRP: 0o40,
  S_IWGRP: 0o20, S_IXGRP: 0o10, S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;
const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

const flagTable = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags) {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const n = typeof flags === 'string' ? flagTable[flags] : undefined;
  if (n === undefined) throw nodeError('ERR_INVALID_ARG_VALUE', 'flags', flags);
  return n;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'Function', value);
  return value;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw nodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw nodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
}

function parseFileMode(value, name, def) {
  if (value == null) return def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw nodeError('ERR_INVALID_ARG_VALUE', name, value, 'must be a 32-bit unsigned integer or an octal string');
    return parseInt(value, 8);
  }
  validateInt32(value, name, 0, 4294967295);
  return value;
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && encodingCode(encoding) === undefined) {
    throw nodeError('ERR_INVALID_ARG_VALUE', 'encoding', encoding, 'is invalid encoding');
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'AbortSignal', signal);
  }
}

const kNoOptions = {};
function getOptions(options, defaults = kNoOptions) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

/// The number the natives take for an encoding option (0: a Buffer).
function encodingArg(encoding) {
  if (!encoding || encoding === 'buffer') return 0;
  return encodingCode(encoding);
}

/// A path the natives take: a string (Buffers and file: URLs converted),
/// after Node's type and null-byte checks.
function getValidatedPath(path, name = 'path') {
  if (isURLLike(path)) path = fileURLToPath(path);
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw nodeError('ERR_INVALID_ARG_VALUE', name, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (path instanceof Uint8Array) {
    if (path.includes(0)) {
      throw nodeError('ERR_INVALID_ARG_VALUE', name, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return Buffer.prototype.toString.call(path);
  }
  throw nodeError('ERR_INVALID_ARG_TYPE', name, ['string', 'Buffer', 'URL'], path);
}

// Stats: the fields in Node's order.
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
// The Date views are made on first read (as in Node 24): accessors on the prototype that turn
// into own data properties when read or assigned.
for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
  const ms = `${name}Ms`;
  const own = (stats, value) => {
    Object.defineProperty(stats, name, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(Stats.prototype, name, {
    get() {
      // Boa's inline cache pairs the shape an object has after this getter made its own `name`
      // with this getter, so a code site that read `stats.mtime` once calls it again for that
      // object: answer with the own property then, never a fresh Date over it.
      const existing = Object.getOwnPropertyDescriptor(this, name);
      if (existing !== undefined) return 'value' in existing ? existing.value : existing.get?.call(this);
      return own(this, new Date(Math.round(Number(this[ms]))));
    },
    set(value) { own(this, value); },
    enumerable: true,
    configurable: true,
  });
}
const isType = (type) => function () { return (this.mode & S_IFMT) === type; };
Stats.prototype.isFile = isType(S_IFREG);
Stats.prototype.isDirectory = isType(S_IFDIR);
Stats.prototype.isSymbolicLink = isType(S_IFLNK);
Stats.prototype.isCharacterDevice = isType(S_IFCHR);
Stats.prototype.isBlockDevice = isType(S_IFBLK);
Stats.prototype.isFIFO = isType(S_IFIFO);
Stats.prototype.isSocket = isType(S_IFSOCK);


// BigIntStats: the same fields as BigInts, with the *Ns views too.
function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  Stats.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeNs / 1000000n, mtimeNs / 1000000n, ctimeNs / 1000000n, birthtimeNs / 1000000n);
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, Stats.prototype);
Object.defineProperty(BigIntStats.prototype, 'constructor', { value: BigIntStats, writable: true, configurable: true });
const isBigType = (type) => function () { return (this.mode & BigInt(S_IFMT)) === BigInt(type); };
for (const [name, type] of Object.entries({
  isFile: S_IFREG, isDirectory: S_IFDIR, isSymbolicLink: S_IFLNK, isCharacterDevice: S_IFCHR,
  isBlockDevice: S_IFBLK, isFIFO: S_IFIFO, isSocket: S_IFSOCK,
})) {
  BigIntStats.prototype[name] = isBigType(type);
}

// The natives build Stats objects themselves (runtime/ops/fs/stat.rs).
binding.setStatsPrototypes(Stats.prototype, BigIntStats.prototype);

/// Stats from numbers (each time as seconds and nanoseconds): watchFile's zeros.
function makeStats(f, bigint) {
  if (f === undefined) return undefined;
  if (bigint) {
    const b = f.map((n) => BigInt(n));
    const ns = (i) => b[i] * 1000000000n + b[i + 1];
    return new BigIntStats(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9],
      ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => f[i] * 1e3 + f[i + 1] / 1e6;
  return new Stats(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], ms(10), ms(12), ms(14), ms(16));
}

class StatFs {
  constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = frsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function makeStatFs(f, bigint) {
  return new StatFs(...(bigint ? f.map((n) => BigInt(n)) : f));
}

const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }

  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }

  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }

  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }

  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }

  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }

  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
}

/// Node's SystemError for an fs check made in JavaScript:
/// `${prefix}: ${syscall} returned ${errCode} (${detail}) ${path}`, with `info`.
function fsSystemError(code, prefix, syscall, errCode, errno, detail, path, cpOrder = false) {
  const message = `${prefix}: ${syscall} returned ${errCode} (${detail}) ${path}`;
  const err = new Error(message);
  const hidden = { writable: true, enumerable: false, configurable: true };
  Object.defineProperty(err, 'name', { value: 'SystemError', ...hidden });
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  // Node's rm and cp build `info` in different orders.
  const info = cpOrder ? { message: detail, path, syscall, errno, code: errCode }
    : { code: errCode, message: detail, path, syscall, errno };
  Object.defineProperty(err, 'info', { value: info, enumerable: true, configurable: true });
  for (const key of ['errno', 'syscall', 'path']) {
    Object.defineProperty(err, key, {
      get() { return info[key]; },
      set(v) { info[key] = v; },
      enumerable: true,
      configurable: true,
    });
  }
  Error.captureStackTrace(err);
  err.stack = err.stack.replace(/^SystemError: /, `SystemError [${code}]: `);
  Object.defineProperty(err, 'toString', { value() { return `SystemError [${code}]: ${message}`; }, ...hidden });
  return err;
}

function eisdirError(path) {
  return fsSystemError('ERR_FS_EISDIR', 'Path is a directory', 'rm', 'EISDIR', 21, 'is a directory', path);
}

function isFd(path) {
  return typeof path === 'number' && (path >>> 0) === path;
}

function validateFd(fd, name = 'fd') {
  validateInt32(fd, name, 0);
  return fd;
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw nodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw nodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
  return value;
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'boolean', value);
  return value;
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'Object', value);
  }
}

function abortError(signal) {
  return errors().makeAbortError(signal.reason);
}

/// Seconds since the epoch from a Date, a number or a numeric string.
function toUnixTimestamp(time) {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw nodeError('ERR_INVALID_ARG_TYPE', 'time', ['Date', 'Time in seconds'], time);
}

/// A path or name the natives produced, in the encoding the options ask for.
function encoded(value, options) {
  const encoding = typeof options === 'string' ? options : options?.encoding;
  if (encoding === 'buffer') return Buffer.from(value);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(value).toString(encoding);
  return value;
}

/// `callback` behind a check of `signal` when the job completes, as Node
/// checks it between the steps of a read.
function withSignal(callback, signal) {
  return function afterRead(err, data) {
    if (!err && signal.aborted) callback(abortError(signal));
    else if (err) callback(err);
    else callback(null, data);
  };
}

/// Takes the callback from the arguments of a callback form taking
/// `arity` arguments before it: the last when it is a function or stands
/// past them (to be refused), else undefined.
function popCallback(args, arity) {
  if (typeof args[args.length - 1] === 'function' || args.length > arity) return args.pop();
  return undefined;
}

/// The callback of a callback form, checked now.
function takeCallback(args, arity = Infinity) {
  return validateFunction(popCallback(args, arity), 'cb');
}

/// The checks Node's C++ side makes of an access or copyFile mode.
function validateModeArg(mode) {
  if (mode == null) return 0;
  if (typeof mode !== 'number' || (mode | 0) !== mode) {
    throw errors().nodeErrorWithMessage('ERR_INVALID_ARG_TYPE', TypeError, 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) {
    throw errors().nodeErrorWithMessage('ERR_OUT_OF_RANGE', RangeError, 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

/// The brand of fs.promises' FileHandle (internal/fs/streams takes one as `fd`).
const kFileHandle = Symbol('kFileHandle');
// A FileHandle's users (the handle itself, and each stream over it): its fd is closed when the
// last one lets go.
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

/// The marker `req` that makes a native return a promise.
const kUsePromises = true;

/// The three forms of one native call. `prepare(...args)` checks the
/// arguments and returns the native's arguments (without `req`), optionally
/// with a `post(value)` that turns the native's result into the API's.
/// `prepare.length` is how many arguments come before the callback.
function forms(native, prepare, { callbackLast = false } = {}) {
  const call = binding[native];
  const arity = prepare.length;
  // Fixed parameters and `apply`, no rest or spread: Boa's spread costs
  // more than the system call (10 us a call).
  const run = (nativeArgs, req) => {
    nativeArgs.push(req);
    return call.apply(undefined, nativeArgs);
  };
  return {
    sync(a, b, c, d) {
      const nativeArgs = prepare(a, b, c, d);
      const value = run(nativeArgs, undefined);
      return nativeArgs.post ? nativeArgs.post(value) : value;
    },
    callback(a, b, c, d) {
      // The callback: the last argument when it is a function or stands past
      // the others (to be refused); fs.open takes its last, whatever it is.
      const n = arguments.length;
      const last = arguments[n - 1];
      const taken = callbackLast || typeof last === 'function' || n > arity;
      const before = [a, b, c, d];
      if (taken && n <= 4) before[n - 1] = undefined;
      // Node checks the arguments before the callback.
      const nativeArgs = prepare.apply(undefined, before);
      const callback = validateFunction(taken ? last : undefined, 'cb');
      const post = nativeArgs.post;
      if (!post) {
        run(nativeArgs, callback);
        return;
      }
      run(nativeArgs, (err, value) => {
        if (err) return callback(err);
        let result;
        try {
          result = post(value);
        } catch (e) {
          return callback(e);
        }
        if (result === undefined) callback(null);
        else callback(null, result);
      });
    },
    promise(a, b, c, d) {
      let nativeArgs;
      try {
        nativeArgs = prepare(a, b, c, d);
      } catch (err) {
        return Promise.reject(err);
      }
      const pending = run(nativeArgs, kUsePromises);
      return nativeArgs.post ? pending.then(nativeArgs.post) : pending;
    },
  };
}

/// `prepared(args, post)`: the native arguments with their `post`.
function withPost(args, post) {
  args.post = post;
  return args;
}

/// fs.Stats as exported: constructing one is deprecated (DEP0180).
let warnedStats = false;
function PublicStats(...args) {
  if (!warnedStats) {
    warnedStats = true;
    process.emitWarning('fs.Stats constructor is deprecated.', 'DeprecationWarning', 'DEP0180');
  }
  if (!new.target) return new PublicStats(...args);
  Stats.apply(this, args);
}
Object.defineProperty(PublicStats, 'name', { value: 'Stats' });
PublicStats.prototype = Stats.prototype;

module.exports = {
  PublicStats,
  binding, constants, nodeError, errors, stringToFlags, validateFunction, validateInt32, validateInteger,
  validateBoolean, validateObject, validateFd, validateAbortSignal, parseFileMode, getOptions, encodingArg,
  getValidatedPath, isFd, abortError, toUnixTimestamp, validateModeArg, encoded, takeCallback, forms, withPost,
  Stats, BigIntStats, StatFs, Dirent, makeStats, makeStatFs, eisdirError, fsSystemError, kUsePromises, withSignal,
  kFileHandle, kRef, kUnref,
};
