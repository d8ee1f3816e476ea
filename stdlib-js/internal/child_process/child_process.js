'use strict';
// ChildProcess: a child on the reactor (runtime/ops/child_process/), with
// Node's events in Node's order: 'spawn' on the next tick, 'exit' (code,
// signal) when it ends, 'close' once it has ended and its stdout, stderr
// (and other readable pipes) have closed; a failed start ('spawn x ENOENT')
// is an 'error' on the next tick instead, followed by 'close'.

const EventEmitter = require('events');
const binding = internalBinding('child_process');
const { nodeError, getValidStdio, validateObject, validateString, convertToValidSignal, signalName } =
  require('internal/child_process/normalize');

const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EINVAL = -22;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ENOSYS = -38;
const UV_ESRCH = -3;

function errnoException(errno, syscall) {
  return require('util')._errnoException(errno, syscall);
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const stdio = getValidStdio(options.stdio || 'pipe', false);
    if (![undefined, 'json', 'advanced'].includes(options.serialization)) {
      throw nodeError('ERR_INVALID_ARG_VALUE', 'options.serialization',
        options.serialization, "must be one of: undefined, 'json', 'advanced'");
    }
    const ipcFd = stdio.findIndex((entry) => entry.ipc);
    const serialization = options.serialization || 'json';
    if (ipcFd !== -1) {
      // The child finds its end of the channel by these (internal/child_process/ipc.js).
      if (options.envPairs === undefined) options.envPairs = [];
      else if (!Array.isArray(options.envPairs)) {
        throw nodeError('ERR_INVALID_ARG_TYPE', 'options.envPairs', 'Array', options.envPairs);
      }
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      if (!Array.isArray(options.args)) {
        throw nodeError('ERR_INVALID_ARG_TYPE', 'options.args', 'Array', options.args);
      }
      this.spawnargs = options.args;
    }

    // Null-prototype: what Object.prototype says must not become an option.
    const result = binding.spawn({ __proto__: null, ...options, stdio });
    let err = 0;
    let fds = stdio.map((entry) => (entry.type === 'pipe' ? -1 : null));
    if (result.error) {
      err = result.error;
      if (err !== UV_EACCES && err !== UV_EAGAIN && err !== UV_EMFILE && err !== UV_ENFILE && err !== UV_ENOENT) {
        throw errnoException(err, 'spawn');
      }
      // A child that could not start: 'error' on the next tick, as Node's
      // run-time errors; its pipes exist but end at once.
      process.nextTick(() => this._onexit(err, 0));
      if (err === UV_EMFILE || err === UV_ENFILE) return err;
    } else {
      this._handle = result.handle;
      this.pid = result.pid;
      fds = result.fds;
      process.nextTick(() => this.emit('spawn'));
    }

    for (const { stream } of stdio) {
      if (stream === undefined || typeof stream._readStop !== 'function') continue;
      stream._readStop();
      stream.pause();
      stream._readableState.reading = false;
    }

    const { Socket } = require('internal/stdio/pipe');
    const streams = stdio.map((entry, i) => {
      if (entry.type !== 'pipe') return null;
      if (entry.ipc) {
        if (fds[i] >= 0) {
          const channel = new Socket({ fd: fds[i], owned: true, readable: true, writable: true });
          require('internal/child_process/ipc').setupChannel(this, channel, this, serialization);
          this._closesNeeded++;
          this.once('disconnect', () => maybeClose(this));
        }
        return null;
      }
      const readable = i > 0;
      const socket = fds[i] >= 0 ?
        new Socket({ fd: fds[i], owned: true, readable, writable: i === 0 || i > 2, allowHalfOpen: false }) :
        endedSocket(readable);
      if (readable) {
        this._closesNeeded++;
        socket.on('close', () => maybeClose(this));
      }
      return socket;
    });
    this.stdin = streams[0] ?? null;
    this.stdout = streams[1] ?? null;
    this.stderr = streams[2] ?? null;
    this.stdio = streams;
    // Watched after its pipes, so that what it wrote comes before its end.
    if (this._handle) {
      const status = binding.start(this._handle, (code, signal) => this._onexit(code, signal));
      if (status < 0) throw errnoException(status, 'spawn');
    }
    return err;
  }

  _onexit(code, signal) {
    if (signal) this.signalCode = signalName(signal) ?? signal;
    else this.exitCode = code;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) {
      binding.close(this._handle);
      this._handle = null;
    }
    this._exited = true;
    if (code < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(code, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // Output nobody reads is drained, so that its pipes reach their end
    // and 'close' comes (after a tick: a last chance to start reading).
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = binding.kill(this._handle, signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_EINVAL || err === UV_ENOSYS) throw errnoException(err, 'kill');
      // ESRCH: it has already ended. Anything else (EPERM) is an 'error'.
      if (err !== UV_ESRCH) this.emit('error', errnoException(err, 'kill'));
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) binding.ref(this._handle);
  }

  unref() {
    if (this._handle) binding.unref(this._handle);
  }
}

/// The stream a pipe gets when the child never started: already over.
function endedSocket(readable) {
  const { Duplex } = require('stream');
  const stream = new Duplex({ read() {}, write(chunk, encoding, callback) { callback(); } });
  if (readable) stream.push(null);
  stream.end();
  if (readable) stream.resume();
  return stream;
}

function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream.readableFlowing !== null) continue;
    stream.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

module.exports = { ChildProcess };
