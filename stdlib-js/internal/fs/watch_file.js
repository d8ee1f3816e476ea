'use strict';
// fs.watchFile and fs.unwatchFile: polling, as Node's (libuv's fs_poll) is:
// a stat on the pool every `interval` ms, and a 'change' with the current
// and previous Stats when anything in them changed. A missing file reads
// as Stats of zeros (dates at the epoch).

const EventEmitter = require('events');
const { getValidatedPath, validateFunction, validateInteger, makeStats } = require('internal/fs/utils');
const { ops } = require('internal/fs/ops');

const kZeros = new Array(18).fill(0);
const watchers = new Map();

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._refed = true;
    this._prev = null;
  }

  _start(path, interval) {
    const poll = () => {
      ops.stat.callback(path, { bigint: this._bigint }, (err, stats) => {
        if (this._timer === null) return;
        const curr = err ? makeStats(kZeros, this._bigint) : stats;
        const key = err ? `error ${err.code}` : JSON.stringify(stats, (k, v) => (typeof v === 'bigint' ? `${v}` : v));
        const first = this._prev === null;
        // As Node: the first poll sets the baseline, unless it failed (a missing file reports once).
        if (first ? err : key !== this._prev.key) {
          this.emit('change', curr, first ? curr : this._prev.stats);
        }
        this._prev = { key, stats: curr };
        // A listener may have stopped the watcher.
        if (this._timer === null) return;
        this._timer = setTimeout(poll, interval);
        if (!this._refed) this._timer.unref();
      });
    };
    this._timer = setTimeout(poll, 0);
    if (!this._refed) this._timer.unref();
  }

  stop() {
    if (this._timer === null) return;
    clearTimeout(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._refed = true;
    this._timer?.ref();
    return this;
  }

  unref() {
    this._refed = false;
    this._timer?.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  const path = require('path').resolve(filename);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = watchers.get(path);
  if (watcher === undefined) {
    watcher = new StatWatcher(Boolean(options.bigint));
    if (!options.persistent) watcher.unref();
    validateInteger(options.interval, 'interval', 0, 2147483647);
    watcher._start(filename, options.interval);
    watchers.set(path, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  const path = require('path').resolve(filename);
  const watcher = watchers.get(path);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    watchers.delete(path);
  }
}

module.exports = { watchFile, unwatchFile, StatWatcher };
