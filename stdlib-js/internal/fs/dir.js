'use strict';
// opendir and Dir: the directory's entries are listed by one pool job when
// it is opened, and handed out one Dirent at a time.

const {
  binding, nodeError, errors, getOptions, getValidatedPath, validateFunction, validateInteger, validateBoolean,
  Dirent, encoded, kUsePromises,
} = require('internal/fs/utils');
const pathModule = require('path');

errors().define('ERR_DIR_CLOSED', Error, () => 'Directory handle was closed');
errors().define('ERR_DIR_CONCURRENT_OPERATION', Error,
  () => 'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
errors().define('ERR_INVALID_THIS', TypeError, (type) => `Value of "this" must be of type ${type}`);
const dirClosed = () => nodeError('ERR_DIR_CLOSED');
const invalidThis = () => nodeError('ERR_INVALID_THIS', 'Dir');

/// A promise of what `f` returns, or of its error.
function settled(f) {
  try {
    return Promise.resolve(f());
  } catch (err) {
    return Promise.reject(err);
  }
}

const kEntries = Symbol('kEntries');
const kPending = Symbol('kPending');
/// A sync call while an async read or close is under way is Node's error.
function checkSync(dir) {
  if (dir[kPending] > 0) throw nodeError('ERR_DIR_CONCURRENT_OPERATION');
}
function readNow(dir) {
  if (dir[kEntries] === null) throw dirClosed();
  return dir[kEntries].shift() ?? null;
}

function closeNow(dir) {
  if (dir[kEntries] === null) throw dirClosed();
  dir[kEntries] = null;
}

/// The promise form of `dir`'s sync call `f`, marked pending until it settles.
function pending(dir, f) {
  const result = settled(f);
  dir[kPending] = (dir[kPending] ?? 0) + 1;
  return result.finally(() => { dir[kPending]--; });
}
const kPath = Symbol('kPath');

class Dir {
  constructor(path, entries) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'handle');
    this[kPath] = path;
    this[kEntries] = entries;
  }

  get path() {
    if (!(kPath in this)) throw invalidThis();
    return this[kPath];
  }

  readSync() {
    checkSync(this);
    return readNow(this);
  }

  read(callback) {
    if (callback === undefined) return pending(this, () => readNow(this));
    validateFunction(callback, 'callback');
    if (this[kEntries] === null) throw dirClosed();
    process.nextTick(callback, null, readNow(this));
  }

  closeSync() {
    checkSync(this);
    closeNow(this);
  }

  close(callback) {
    if (callback === undefined) return pending(this, () => closeNow(this));
    validateFunction(callback, 'callback');
    if (this[kEntries] === null) {
      process.nextTick(callback, dirClosed());
      return;
    }
    closeNow(this);
    process.nextTick(callback, null);
  }

  async* entries() {
    try {
      while (true) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (this[kEntries] !== null) closeNow(this);
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }

  [Symbol.dispose]() { if (this[kEntries] !== null) this.closeSync(); }

  async [Symbol.asyncDispose]() { if (this[kEntries] !== null) this.closeSync(); }
}

/// opendir's checks; `[native args, post]`.
function prepare(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
  const recursive = options.recursive === undefined ? false : validateBoolean(options.recursive, 'options.recursive');
  const post = ([names, kinds]) => new Dir(path, names.map((rel, i) => {
    const slash = rel.lastIndexOf('/');
    const parent = slash < 0 ? path : pathModule.join(path, rel.slice(0, slash));
    return new Dirent(encoded(rel.slice(slash + 1), options), kinds[i], parent);
  }));
  return [[path, recursive, true], post];
}

function opendirSync(path, options) {
  const [args, post] = prepare(path, options);
  return post(binding.readdir(...args, undefined));
}

function opendir(path, options, callback) {
  callback = validateFunction(typeof options === 'function' ? options : callback, 'callback');
  const [args, post] = prepare(path, typeof options === 'function' ? undefined : options);
  binding.readdir(...args, (err, value) => (err ? callback(err) : callback(null, post(value))));
}

async function opendirPromise(path, options) {
  const [args, post] = prepare(path, options);
  return post(await binding.readdir(...args, kUsePromises));
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
