'use strict';
// node:child_process on the reactor: spawn (a ChildProcess whose stdio pipes
// are streams over runtime/ops/pipe.rs), exec and execFile (buffered output),
// fork (a child with an IPC channel, internal/child_process/ipc.js), and the
// sync forms.

const { ChildProcess } = require('internal/child_process/child_process');
const {
  nodeError, normalizeSpawnArguments, validateTimeout, validateAbortSignal, sanitizeKillSignal, validateNoNullBytes,
  validateObject, stdioStringToArray,
} = require('internal/child_process/normalize');
const { getValidatedPath } = require('internal/fs/utils');
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

/// fork(modulePath, args, options): this runtime running `modulePath` with an
/// IPC channel ('json' serialization) as the child's `process.send` and
/// 'message' events.
function fork(modulePath, args, options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  validateNoNullBytes(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'args', 'Array', args);
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateNoNullBytes(options.execPath, 'options.execPath');
  const execArgv = options.execArgv || process.execArgv;
  execArgv.forEach((arg, i) => validateNoNullBytes(arg, `options.execArgv[${i}]`));
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    // fd 3 is the channel; stdin, stdout and stderr are this process's unless `silent`.
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw nodeError('ERR_CHILD_PROCESS_IPC_REQUIRED', 'options.stdio');
  }
  return spawn(options.execPath, args, options);
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
  fork,
  spawn,
  spawnSync,
};
