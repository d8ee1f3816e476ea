'use strict';
// node:child_process on the reactor: spawn (a ChildProcess whose stdio pipes
// are streams over runtime/ops/pipe.rs), exec and execFile (buffered output),
// and the sync forms. fork (an IPC channel) is not there yet.

const { ChildProcess } = require('internal/child_process/child_process');
const {
  normalizeSpawnArguments, validateTimeout, validateAbortSignal, sanitizeKillSignal,
} = require('internal/child_process/normalize');
const { normalizeExecArgs, makeExecFile, promisified } = require('internal/child_process/exec');
const { spawnSync, execSync, execFileSync } = require('internal/child_process/sync');
const { AbortError } = require('internal/errors');

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (!timeoutId) return;
      try {
        child.kill(killSignal);
      } catch (err) {
        child.emit('error', err);
      }
      timeoutId = null;
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  const signal = options.signal;
  if (signal) {
    const onAbort = () => abortChild(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function abortChild(child, killSignal, reason) {
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

const execFile = makeExecFile(spawn);

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

const custom = require('util').promisify.custom;
Object.defineProperty(exec, custom, { enumerable: false, value: promisified(exec) });
Object.defineProperty(execFile, custom, { enumerable: false, value: promisified(execFile) });

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  spawn,
  spawnSync,
};
