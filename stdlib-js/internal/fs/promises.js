'use strict';
// fs.promises (and fs/promises): each call a pool job whose promise the
// native returns, and FileHandle, the object fs.promises.open resolves to.

const {
  binding, constants, nodeError, getOptions, encodingArg, stringToFlags, getValidatedPath, isFd, abortError,
  withSignal, validateInteger, kUsePromises, toUnixTimestamp, parseFileMode, kFileHandle, kRef, kUnref,
} = require('internal/fs/utils');
const { ops } = require('internal/fs/ops');
const rw = require('internal/fs/rw');
const { writeArgs, writeWhole, appendOptions } = require('internal/fs/whole');
const EventEmitter = require('events');

const kFd = Symbol('kFd');
const kClosing = Symbol('kClosing');
// Set once readableWebStream() has handed out a stream of the handle.
const kLocked = Symbol('kLocked');
const kRefs = Symbol('kRefs');
const kCloseSettle = Symbol('kCloseSettle');

/// A FileHandle's fd, or Node's "file closed" error for `syscall`.
function fdOf(handle, syscall) {
  const fd = handle[kFd];
  if (fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = syscall;
    throw err;
  }
  return fd;
}

function readFileOf(path, fd, options) {
  options = getOptions(options, { flag: 'r' });
  const signal = options.signal;
  if (signal && signal.aborted) throw abortError(signal);
  const encoding = encodingArg(options.encoding);
  const flags = stringToFlags(options.flag);
  if (!signal) return binding.readFile(path, fd, flags, encoding, kUsePromises);
  return new Promise((resolve, reject) => {
    const done = (err, data) => (err ? reject(err) : resolve(data));
    binding.readFile(path, fd, flags, encoding, withSignal(done, signal));
  });
}

// A value writeFile takes chunk by chunk (a stream, a generator, an array
// of chunks): iterable, and neither a string nor bytes.
function isChunkSource(data) {
  return data !== null && typeof data === 'object' && !ArrayBuffer.isView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

// writeFile of a chunk source: each chunk written as it comes (strings in
// the option's encoding), the signal checked between chunks.
async function writeChunks(target, data, options) {
  const [path, fd, flags, mode, , , signal] = writeArgs(target, '', options);
  const encoding = getOptions(options, { encoding: 'utf8' }).encoding || 'utf8';
  if (signal?.aborted) throw abortError(signal);
  const handle = fd === -1 ? await open(path, flags, mode) : null;
  const into = handle === null ? fd : handle.fd;
  try {
    for await (const chunk of data) {
      if (signal?.aborted) throw abortError(signal);
      let bytes = ArrayBuffer.isView(chunk) ? chunk : Buffer.from(chunk, encoding);
      while (bytes.byteLength > 0) {
        const { bytesWritten } = await rw.promised.write(into, bytes, 0, bytes.byteLength, null);
        bytes = bytes.subarray(bytesWritten);
      }
    }
  } finally {
    await handle?.close();
  }
}

function writeFileOf(target, data, options) {
  if (isChunkSource(data)) return writeChunks(target, data, options);
  const args = writeArgs(target, data, options);
  const signal = args[6];
  if (signal && signal.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const done = (err) => (err ? reject(err) : resolve());
    writeWhole(args, signal ? withSignal(done, signal) : done);
  });
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosing] = undefined;
    this[kRefs] = 1;
    this[kCloseSettle] = undefined;
  }

  get fd() { return this[kFd]; }

  async read(buffer, offset, length, position) {
    return rw.promised.read(fdOf(this, 'read'), buffer, offset, length, position);
  }

  async readv(buffers, position) { return rw.promised.readv(fdOf(this, 'read'), buffers, position); }

  async write(buffer, offset, length, position) {
    return rw.promised.write(fdOf(this, 'write'), buffer, offset, length, position);
  }

  async writev(buffers, position) { return rw.promised.writev(fdOf(this, 'write'), buffers, position); }

  async readFile(options) { return readFileOf(undefined, fdOf(this, 'read'), options); }

  async writeFile(data, options) { return writeFileOf(fdOf(this, 'write'), data, options); }

  async appendFile(data, options) { return writeFileOf(fdOf(this, 'write'), data, appendOptions(options)); }

  async stat(options) {
    return binding.fstat(fdOf(this, 'fstat'), Boolean(options?.bigint), kUsePromises);
  }

  async truncate(len = 0) {
    validateInteger(len, 'len');
    return binding.ftruncate(fdOf(this, 'ftruncate'), Math.max(0, len), kUsePromises);
  }

  async sync() { return binding.fsync(fdOf(this, 'fsync'), false, kUsePromises); }

  async datasync() { return binding.fsync(fdOf(this, 'fdatasync'), true, kUsePromises); }

  async chmod(mode) { return binding.fchmod(fdOf(this, 'fchmod'), parseFileMode(mode, 'mode'), kUsePromises); }

  async chown(uid, gid) {
    validateInteger(uid, 'uid', -1, 4294967295);
    validateInteger(gid, 'gid', -1, 4294967295);
    return binding.fchown(fdOf(this, 'fchown'), uid, gid, kUsePromises);
  }

  async utimes(atime, mtime) {
    const a = toUnixTimestamp(atime);
    const m = toUnixTimestamp(mtime);
    return binding.futimes(fdOf(this, 'futime'), a, m, kUsePromises);
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  /// A byte ReadableStream of the file from its current position; the handle stays open
  /// (and locked to the stream) until the stream ends, or is closed with it if `autoClose`.
  readableWebStream(options = {}) {
    const { invalidState, argType } = require('internal/webstreams/util');
    if (this[kFd] === -1) throw invalidState('The FileHandle is closed', Error);
    if (this[kClosing]) throw invalidState('The FileHandle is closing', Error);
    if (this[kLocked]) throw invalidState('The FileHandle is locked', Error);
    // Locked before the options are checked, as in Node.
    this[kLocked] = true;
    if (options === null || typeof options !== 'object') throw argType('options', 'Object', options);
    const { autoClose = false } = options;
    if (typeof autoClose !== 'boolean') throw argType('options.autoClose', 'boolean', autoClose);
    const ondone = async () => {
      this[kUnref]();
      if (autoClose) await this.close();
    };
    const { ReadableStream } = require('internal/webstreams/readable');
    const readable = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      pull: async (controller) => {
        const view = controller.byobRequest.view;
        const { bytesRead } = await this.read(view, 0, view.byteLength);
        if (bytesRead === 0) {
          controller.close();
          await ondone();
        }
        controller.byobRequest.respond(bytesRead);
      },
      cancel: ondone,
    });
    this[kRef]();
    this.once('close', () => { readable.cancel().catch(() => {}); });
    return readable;
  }

  /// The file's lines (a readline Interface over a read stream of it).
  readLines(options = undefined) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  /// Closes the fd once no stream uses it any more; 'close' is emitted now.
  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosing]) return this[kClosing];
    this[kRefs]--;
    const forget = () => { this[kClosing] = undefined; };
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      this[kClosing] = binding.close(fd, kUsePromises).finally(forget);
    } else {
      this[kClosing] = new Promise((resolve, reject) => { this[kCloseSettle] = { resolve, reject }; }).finally(forget);
    }
    this.emit('close');
    return this[kClosing];
  }

  [kRef]() { this[kRefs]++; }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] !== 0) return;
    const fd = this[kFd];
    this[kFd] = -1;
    const settle = this[kCloseSettle];
    this[kCloseSettle] = undefined;
    binding.close(fd, kUsePromises).then(settle?.resolve, settle ? settle.reject : () => {});
  }

  async [Symbol.asyncDispose]() { return this.close(); }
}
// How fs streams know a FileHandle given as `fd` (the class itself is not exported, as in Node).
FileHandle.prototype[kFileHandle] = true;

async function open(path, flags, mode) {
  return new FileHandle(await ops.open.promise(path, flags, mode));
}

async function readFile(path, options) {
  if (path instanceof FileHandle) return path.readFile(options);
  if (isFd(path)) throw nodeError('ERR_INVALID_ARG_TYPE', 'path', ['string', 'Buffer', 'URL', 'FileHandle'], path);
  return readFileOf(getValidatedPath(path), -1, options);
}

async function writeFile(path, data, options) {
  if (path instanceof FileHandle) return path.writeFile(data, options);
  return writeFileOf(path, data, options);
}

async function appendFile(path, data, options) {
  if (path instanceof FileHandle) return path.appendFile(data, options);
  return writeFileOf(path, data, appendOptions(options));
}

const promises = { open, readFile, writeFile, appendFile };
for (const name of Object.keys(ops)) {
  if (name === 'realpathNative' || name === 'close' || name === 'fstat' || name.startsWith('f')) continue;
  if (name === 'open') continue;
  promises[name] = ops[name].promise;
}
Object.assign(promises, {
  async lchmod() { throw nodeError('ERR_METHOD_NOT_IMPLEMENTED', 'lchmod()'); },
  async mkdtempDisposable(prefix, options) {
    const path = await ops.mkdtemp.promise(prefix, options);
    const full = require('path').resolve(path);
    const remove = () => ops.rm.promise(full, { recursive: true, force: true });
    return { path, remove, [Symbol.asyncDispose]: remove };
  },
  opendir: (...args) => require('internal/fs/dir').opendirPromise(...args),
  cp: (...args) => require('internal/fs/cp').cpPromise(...args),
  watch: (...args) => require('internal/fs/watch').watchPromises(...args),
  glob: (...args) => require('internal/fs/glob').globPromise(...args),
  // Node's promises.realpath is the native one (its errors name realpath).
  realpath: ops.realpathNative.promise,
  constants,
});

module.exports = promises;
