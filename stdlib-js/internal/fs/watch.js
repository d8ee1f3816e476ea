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
  // An empty path is left out of the message and of `path`, as Node's
  // UVException leaves out a falsy one.
  const err = new Error(`${code}: ${text}, watch${path ? ` '${path}'` : ''}`);
  err.errno = errno;
  err.syscall = 'watch';
  err.code = code;
  if (path) err.path = path;
  err.filename = path;
  Error.captureStackTrace(err, watchError);
  return err;
}

// The `ignore` option as one predicate on a file name (or null for none):
// glob strings (a pattern without a slash matches the base name, as
// minimatch's matchBase), RegExps and functions, alone or in an array.
function ignoreMatcher(ignore) {
  if (ignore === undefined || ignore === null) return null;
  const list = Array.isArray(ignore) ? ignore : [ignore];
  const tests = list.map((pattern, i) => {
    const name = Array.isArray(ignore) ? `options.ignore[${i}]` : 'options.ignore';
    if (typeof pattern === 'function') return pattern;
    if (pattern instanceof RegExp) return (file) => pattern.test(file);
    if (typeof pattern === 'string') {
      if (pattern === '') throw nodeError('ERR_INVALID_ARG_VALUE', name, pattern, 'must be a non-empty string');
      const { matchesGlob, basename } = require('path');
      return pattern.includes('/')
        ? (file) => matchesGlob(file, pattern)
        : (file) => matchesGlob(basename(file), pattern);
    }
    throw nodeError('ERR_INVALID_ARG_TYPE', name, ['string', 'function', 'RegExp'], pattern);
  });
  return (file) => tests.some((test) => test(file));
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

  _start(path, persistent, recursive, encoding, ignore = null) {
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
      if (ignore !== null && ignore(filename.toString())) return;
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
  const ignore = ignoreMatcher(options.ignore);
  const watcher = new FSWatcher();
  watcher._start(path, options.persistent, options.recursive, options.encoding, ignore);
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
  if (typeof maxQueue !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', 'options.maxQueue', 'number', maxQueue);
  if (overflow !== 'ignore' && overflow !== 'error') {
    throw nodeError('ERR_INVALID_ARG_VALUE', 'options.overflow', overflow, "must be one of: 'ignore', 'error'");
  }
  if (encoding && encoding !== 'buffer') getOptions({ encoding });
  const ignore = ignoreMatcher(options.ignore);
  if (signal?.aborted) throw abortError(signal);

  const queue = [];
  let wake = null;
  let failure = null;
  // An event goes straight to a next() that waits for one; others queue.
  const handle = start(path, recursive, (eventType, name) => {
    if (typeof eventType === 'number') {
      failure ??= watchError(eventType, path);
    } else if (ignore === null || !ignore(name.toString())) {
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
