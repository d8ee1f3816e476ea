'use strict';
// fs.watch and fs.promises.watch on inotify (runtime/ops/fs/watch.rs): the
// events arrive through the reactor as (eventType, filename) pairs, with
// filename a Buffer turned into the requested encoding here.

const EventEmitter = require('events');
const {
  binding, nodeError, getOptions, getValidatedPath, validateBoolean, validateAbortSignal, abortError,
} = require('internal/fs/utils');

// Node's error for a watch that could not start: errno, syscall, code,
// path and filename, in that order.
function watchError(errno, path) {
  const { uvError } = require('internal/util/system_error');
  const [code, text] = uvError(-errno);
  const err = new Error(`${code}: ${text}, watch '${path}'`);
  err.errno = errno;
  err.syscall = 'watch';
  err.code = code;
  err.path = path;
  err.filename = path;
  Error.captureStackTrace(err, watchError);
  return err;
}

function decodeName(name, encoding) {
  return encoding === 'buffer' ? name : name.toString(encoding || 'utf8');
}

// Starts a native watch: a handle, or throws Node's error.
function start(path, recursive, onchange) {
  const handle = binding.watchStart(path, recursive, onchange);
  if (typeof handle === 'number') throw watchError(handle, path);
  return handle;
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  _start(path, persistent, recursive, encoding) {
    this._handle = start(path, recursive, (eventType, filename) => {
      if (typeof eventType === 'number') {
        const { uvError } = require('internal/util/system_error');
        const [code, text] = uvError(-eventType);
        const err = new Error(`${code}: ${text}, watch`);
        Object.assign(err, { errno: eventType, code, syscall: 'watch' });
        this.close();
        this.emit('error', err);
        return;
      }
      this.emit('change', eventType, decodeName(filename, encoding));
    });
    // Only `true` keeps the process alive, as Node's native start reads it.
    if (persistent !== true) this.unref();
  }

  close() {
    if (this._handle === null) return;
    binding.watchClose(this._handle);
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle !== null) binding.watchRef(this._handle, 1);
    return this;
  }

  unref() {
    if (this._handle !== null) binding.watchRef(this._handle, 0);
    return this;
  }
}

function watchOptions(options) {
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = watchOptions(options);
  const path = getValidatedPath(filename);
  const watcher = new FSWatcher();
  watcher._start(path, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onabort = () => watcher.close();
      signal.addEventListener('abort', onabort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onabort));
    }
  }
  return watcher;
}

// fs.promises.watch: an async generator of { eventType, filename }, ended
// by `signal` (an AbortError) or by return(). As Node's, it checks its
// arguments and starts watching on the first next().
async function* watchPromises(filename, options = {}) {
  const path = getValidatedPath(filename);
  if (options === null || typeof options !== 'object') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
  }
  const { persistent = true, recursive = false, encoding, signal, maxQueue = 2048, overflow = 'ignore' } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (overflow !== 'ignore' && overflow !== 'error') {
    throw nodeError('ERR_INVALID_ARG_VALUE', 'options.overflow', overflow, "must be one of: 'ignore', 'error'");
  }
  if (encoding && encoding !== 'buffer') getOptions({ encoding });
  if (signal?.aborted) throw abortError(signal);

  const queue = [];
  let wake = null;
  let failure = null;
  // An event goes straight to a next() that waits for one; others queue.
  const handle = start(path, recursive, (eventType, name) => {
    if (typeof eventType === 'number') {
      failure ??= watchError(eventType, path);
    } else {
      const event = { __proto__: null, eventType, filename: decodeName(name, encoding) };
      if (wake !== null) {
        const give = wake;
        wake = null;
        give(event);
        return;
      }
      if (queue.length < maxQueue) {
        queue.push(event);
      } else if (overflow === 'error') {
        failure ??= nodeError('ERR_FS_WATCH_QUEUE_OVERFLOW', maxQueue);
      }
    }
    wake?.();
  });
  if (!persistent) binding.watchRef(handle, 0);
  const onabort = () => {
    failure ??= abortError(signal);
    wake?.();
  };
  signal?.addEventListener('abort', onabort, { once: true });
  try {
    for (;;) {
      if (failure !== null) throw failure;
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      const event = await new Promise((resolve) => { wake = resolve; });
      wake = null;
      if (event !== undefined) yield event;
    }
  } finally {
    binding.watchClose(handle);
    signal?.removeEventListener('abort', onabort);
  }
}

module.exports = { FSWatcher, watch, watchPromises };
