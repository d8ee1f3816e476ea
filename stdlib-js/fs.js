'use strict';
// fs: the callback and sync forms of every call. The checks and the three
// forms of each native live in internal/fs/ (utils.js, ops.js, rw.js); the
// work is done by the natives in runtime/ops/fs/, on the pool for the
// callback and promise forms.

const {
  binding, constants, validateFunction, getValidatedPath, PublicStats, BigIntStats, StatFs, Dirent, toUnixTimestamp,
} = require('internal/fs/utils');
const { ops } = require('internal/fs/ops');
// read/write on fds load on first use.
let rwModule;
const rw = () => (rwModule ??= require('internal/fs/rw'));

const { readFile, readFileSync, writeFile, writeFileSync, appendFile, appendFileSync } = require('internal/fs/whole');

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
  try {
    path = getValidatedPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.access(path, constants.F_OK, (err) => callback(!err));
}


const fs = {
  readFile, readFileSync, writeFile, writeFileSync, appendFile, appendFileSync, exists, existsSync,
};
for (const name of ['read', 'readSync', 'readv', 'readvSync', 'write', 'writeSync', 'writev', 'writevSync']) {
  fs[name] = { [name]() { return rw()[name].apply(undefined, arguments); } }[name];
}

for (const name of Object.keys(ops)) {
  if (name === 'realpathNative') continue;
  fs[name] = ops[name].callback;
  fs[`${name}Sync`] = ops[name].sync;
}
// close's callback is optional.
fs.close = function close(fd, callback = () => {}) {
  ops.close.callback(fd, callback);
};
fs.realpath.native = ops.realpathNative.callback;
fs.realpathSync.native = ops.realpathNative.sync;

let dir;
const dirModule = () => (dir ??= require('internal/fs/dir'));
fs.opendir = (...args) => dirModule().opendir(...args);
fs.opendirSync = (...args) => dirModule().opendirSync(...args);
// mkdtempDisposableSync: the directory, and a remove() that takes it away
// with everything in it (resolved now: a later chdir changes nothing).
fs.mkdtempDisposableSync = function mkdtempDisposableSync(prefix, options) {
  const path = fs.mkdtempSync(prefix, options);
  const full = require('path').resolve(path);
  const remove = () => fs.rmSync(full, { recursive: true, force: true });
  return { path, remove, [Symbol.dispose]: remove };
};

let watching;
const watchModule = () => (watching ??= require('internal/fs/watch_file'));
fs.watchFile = (...args) => watchModule().watchFile(...args);
fs.unwatchFile = (...args) => watchModule().unwatchFile(...args);
fs.watch = (...args) => require('internal/fs/watch').watch(...args);
fs.glob = (...args) => require('internal/fs/glob').glob(...args);
fs.globSync = (...args) => require('internal/fs/glob').globSync(...args);
// openAsBlob: the file is checked now (a missing one throws, from stat, as
// in Node) and read on the pool into the Blob the promise gives. Node's
// Blob reads the file lazily instead, when the Blob is read.
fs.openAsBlob = function openAsBlob(path, options = {}) {
  const { validateObject } = require('internal/fs/utils');
  validateObject(options, 'options');
  const type = options.type || '';
  if (typeof type !== 'string') {
    throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'options.type', 'string', type);
  }
  path = getValidatedPath(path);
  fs.statSync(path);
  return fs.promises.readFile(path).then((bytes) => new Blob([bytes], { type }));
};
let cp;
const cpModule = () => (cp ??= require('internal/fs/cp'));
fs.cp = (...args) => cpModule().cp(...args);
fs.cpSync = (...args) => cpModule().cpSync(...args);

// ReadStream and WriteStream load on first use; assigning fs.ReadStream (or its alias
// FileReadStream) changes the class createReadStream makes, as in Node.
let streamClasses;
const streams = () => (streamClasses ??= { ...require('internal/fs/streams') });
fs.createReadStream = function createReadStream(path, options) {
  return new (streams().ReadStream)(path, options);
};
fs.createWriteStream = function createWriteStream(path, options) {
  return new (streams().WriteStream)(path, options);
};
for (const [name, alias, enumerable] of [['ReadStream', 'ReadStream', true], ['WriteStream', 'WriteStream', true],
  ['FileReadStream', 'ReadStream', false], ['FileWriteStream', 'WriteStream', false]]) {
  Object.defineProperty(fs, name, {
    get() { return streams()[alias]; },
    set(value) { streams()[alias] = value; },
    enumerable,
    configurable: true,
  });
}

Object.assign(fs, { Stats: PublicStats, BigIntStats, StatFs, Dirent, constants, _toUnixTimestamp: toUnixTimestamp });
// fs.F_OK & co. (DEP0176): the constants, with a warning on first read.
let warnedAccessConstants = false;
for (const name of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) {
  Object.defineProperty(fs, name, {
    get() {
      if (!warnedAccessConstants) {
        warnedAccessConstants = true;
        process.emitWarning(`fs.${name} is deprecated, use fs.constants.${name} instead`, 'DeprecationWarning', 'DEP0176');
      }
      return constants[name];
    },
    enumerable: false,
    configurable: true,
  });
}
// util.promisify(fs.read) & co. resolve to an object, util.promisify(fs.exists) to a boolean.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
for (const [name, value, buffers] of [['read', 'bytesRead', 'buffer'], ['write', 'bytesWritten', 'buffer'],
  ['readv', 'bytesRead', 'buffers'], ['writev', 'bytesWritten', 'buffers']]) {
  fs[name][kCustomPromisify] = (...args) => new Promise((resolve, reject) => {
    fs[name](...args, (err, n, b) => (err ? reject(err) : resolve({ [value]: n, [buffers]: b })));
  });
}
fs.exists[kCustomPromisify] = function exists(path) {
  return new Promise((resolve) => fs.exists(path, resolve));
};
Object.defineProperty(fs, 'Dir', { get: () => dirModule().Dir, enumerable: true, configurable: true });
let promises;
Object.defineProperty(fs, 'promises', {
  get: () => (promises ??= require('internal/fs/promises')),
  enumerable: true,
  configurable: true,
});

module.exports = fs;
