'use strict';
// fs: Node's argument handling and error messages; the work is done by the
// natives in runtime/ops/fs.rs (readFile and writeFile as one pool job each).

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const { encodingCode } = require('internal/encodings');
const { isURLLike, fileURLToPath } = require('internal/url/file');

let errorsModule;
function errors() {
  if (!errorsModule) {
    errorsModule = require('internal/errors');
  }
  return errorsModule;
}
const nodeError = (code, ...args) => errors().makeNodeError(code, ...args);

const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const O_TRUNC = 0o1000;
const O_APPEND = 0o2000;
const O_SYNC = 0o4010000;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o40000;
const S_IFCHR = 0o20000;
const S_IFBLK = 0o60000;
const S_IFIFO = 0o10000;
const S_IFLNK = 0o120000;
const S_IFSOCK = 0o140000;
const constants = {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};

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

function isFd(path) {
  return typeof path === 'number' && (path >>> 0) === path;
}

function abortError(signal) {
  return errors().makeAbortError(signal.reason);
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

function readFile(path, options, callback) {
  // The common call, `readFile(path, 'utf8', cb)`, without the general checks.
  if (typeof path === 'string' && typeof options === 'string' && typeof callback === 'function') {
    const code = encodingCodeFast[options];
    if (code !== undefined && !path.includes('\u0000')) {
      binding.readFile(path, -1, O_RDONLY, code, callback);
      return;
    }
  }
  callback = validateFunction(callback || options, 'cb');
  options = getOptions(options, { flag: 'r' });
  const encoding = encodingArg(options.encoding);
  const signal = options.signal;
  if (isFd(path)) {
    binding.readFile(undefined, path, O_RDONLY, encoding, signal ? withSignal(callback, signal) : callback);
    return;
  }
  if (signal && signal.aborted) {
    callback(abortError(signal));
    return;
  }
  const flags = stringToFlags(options.flag);
  path = getValidatedPath(path);
  binding.readFile(path, -1, flags, encoding, signal ? withSignal(callback, signal) : callback);
}
const encodingCodeFast = { utf8: 1, 'utf-8': 1, latin1: 3, ascii: 4, base64: 5, hex: 7 };

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = encodingArg(options.encoding);
  if (isFd(path)) return binding.readFileSync(undefined, path, O_RDONLY, encoding);
  const flags = stringToFlags(options.flag);
  return binding.readFileSync(getValidatedPath(path), -1, flags, encoding);
}

function writeArgs(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!ArrayBuffer.isView(data)) {
    if (typeof data !== 'string') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
  } else if (!(data instanceof Uint8Array)) {
    data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = stringToFlags(options.flag || 'w');
  const encoding = encodingCode(options.encoding || 'utf8');
  if (isFd(path)) return [undefined, path, flags, mode, data, encoding, options.signal];
  return [getValidatedPath(path), -1, flags, mode, data, encoding, options.signal];
}

function writeFile(path, data, options, callback) {
  callback = validateFunction(callback || options, 'cb');
  const [p, fd, flags, mode, bytes, encoding, signal] = writeArgs(path, data, options);
  if (signal && signal.aborted) {
    callback(abortError(signal));
    return;
  }
  binding.writeFile(p, fd, flags, mode, bytes, encoding, (err) => callback(err || null));
}

function writeFileSync(path, data, options) {
  const [p, fd, flags, mode, bytes, encoding] = writeArgs(path, data, options);
  binding.writeFileSync(p, fd, flags, mode, bytes, encoding);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFileSync(path, data, { ...options, flag: options.flag || 'a' });
}

let warnedExistsArgs = false;
function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (err) {
    if (!warnedExistsArgs && err?.code === 'ERR_INVALID_ARG_TYPE') {
      warnedExistsArgs = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated', 'DeprecationWarning',
        'DEP0187');
    }
    return false;
  }
  return binding.exists(path);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  const result = existsSync(path);
  process.nextTick(callback, result);
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), mode === undefined ? 0 : mode);
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
      return own(this, new Date(Math.round(this[ms])));
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

function makeStats(fields) {
  return fields === undefined ? undefined : new Stats(...fields);
}

function statSync(path, options) {
  const throwIfNoEntry = !options || options.throwIfNoEntry !== false;
  return makeStats(binding.stat(getValidatedPath(path), false, throwIfNoEntry));
}

function lstatSync(path, options) {
  const throwIfNoEntry = !options || options.throwIfNoEntry !== false;
  return makeStats(binding.stat(getValidatedPath(path), true, throwIfNoEntry));
}

function fstatSync(fd) {
  validateInt32(fd, 'fd', 0);
  return makeStats(binding.fstat(fd));
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode', 0o777);
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      if (typeof recursive !== 'boolean') throw nodeError('ERR_INVALID_ARG_TYPE', 'options.recursive', 'boolean', recursive);
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode', 0o777);
  }
  return binding.mkdir(getValidatedPath(path), recursive, mode);
}

function eisdirError(path) {
  const message = `Path is a directory: rm returned EISDIR (is a directory) ${path}`;
  const err = new Error(message);
  const hidden = { writable: true, enumerable: false, configurable: true };
  Object.defineProperty(err, 'name', { value: 'SystemError', ...hidden });
  Object.defineProperty(err, 'code', { value: 'ERR_FS_EISDIR', writable: true, enumerable: true, configurable: true });
  const info = { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 };
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
  err.stack = err.stack.replace(/^SystemError: /, 'SystemError [ERR_FS_EISDIR]: ');
  Object.defineProperty(err, 'toString', { value() { return `SystemError [ERR_FS_EISDIR]: ${message}`; }, ...hidden });
  return err;
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const recursive = Boolean(options && options.recursive);
  const force = Boolean(options && options.force);
  if (binding.rm(path, recursive, force) === 'EISDIR') throw eisdirError(path);
}

function chmodSync(path, mode) {
  if (mode == null) throw nodeError('ERR_INVALID_ARG_TYPE', 'mode', 'number', mode);
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function truncateSync(path, len = 0) {
  if (isFd(path)) throw nodeError('ERR_INVALID_ARG_TYPE', 'path', ['string', 'Buffer', 'URL'], path);
  validateInt32(len, 'len', 0, Number.MAX_SAFE_INTEGER);
  binding.truncate(getValidatedPath(path), len);
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function rmdirSync(path) {
  binding.rmdir(getValidatedPath(path));
}

function symlinkSync(target, path) {
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path));
}

const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === 2; }

  isFile() { return this[kType] === 1; }

  isSymbolicLink() { return this[kType] === 3; }

  isFIFO() { return false; }

  isSocket() { return false; }

  isCharacterDevice() { return false; }

  isBlockDevice() { return false; }
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const [names, kinds] = binding.readdir(path);
  if (options.withFileTypes) return names.map((name, i) => new Dirent(name, kinds[i], path));
  return names;
}

function validateFd(fd) {
  validateInt32(fd, 'fd', 0);
  return fd;
}

function openSync(path, flags, mode) {
  return binding.openSync(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  validateFunction(callback, 'cb');
  binding.open(path, flagsNumber, mode, callback);
}

function closeSync(fd) {
  binding.closeSync(validateFd(fd));
}

function close(fd, callback = () => {}) {
  validateFd(fd);
  if (callback !== undefined) validateFunction(callback, 'cb');
  binding.close(fd, (err) => callback(err || null));
}

// fs.promises: readFile and writeFile run on the pool like their callback
// forms; the others settle from the synchronous calls.
function promisified(fn) {
  return function (...args) {
    return new Promise((resolve, reject) => {
      try {
        resolve(fn(...args));
      } catch (err) {
        reject(err);
      }
    });
  };
}

const promises = {
  readFile(path, options) {
    let signal;
    let encoding;
    let flags;
    try {
      options = getOptions(options, { flag: 'r' });
      signal = options.signal;
      if (signal && signal.aborted) throw abortError(signal);
      encoding = encodingArg(options.encoding);
      flags = stringToFlags(options.flag);
      path = getValidatedPath(path);
    } catch (err) {
      return Promise.reject(err);
    }
    if (!signal) return binding.readFilePromise(path, -1, flags, encoding);
    return new Promise((resolve, reject) => {
      const done = (err, data) => (err ? reject(err) : resolve(data));
      binding.readFile(path, -1, flags, encoding, withSignal(done, signal));
    });
  },
  writeFile(path, data, options) {
    return new Promise((resolve, reject) => {
      const [p, fd, flags, mode, bytes, encoding] = writeArgs(path, data, options);
      binding.writeFile(p, fd, flags, mode, bytes, encoding, (err) => (err ? reject(err) : resolve()));
    });
  },
  appendFile: promisified(appendFileSync),
  stat: promisified(statSync),
  lstat: promisified(lstatSync),
  mkdir: promisified(mkdirSync),
  rm: promisified(rmSync),
  unlink: promisified(unlinkSync),
  rmdir: promisified(rmdirSync),
  readdir: promisified(readdirSync),
  access: promisified(accessSync),
  constants,
};

module.exports = {
  readFile,
  readFileSync,
  writeFile,
  writeFileSync,
  appendFileSync,
  exists,
  existsSync,
  accessSync,
  statSync,
  lstatSync,
  fstatSync,
  mkdirSync,
  rmSync,
  unlinkSync,
  rmdirSync,
  chmodSync,
  truncateSync,
  symlinkSync,
  readdirSync,
  open,
  openSync,
  close,
  closeSync,
  Stats,
  Dirent,
  constants,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  promises,
};
