'use strict';
// Checks and normalises what spawn, exec and their sync forms are given, with
// Node's errors, into the options the natives take (runtime/ops/
// child_process/options.rs): the file, the whole argv, `envPairs`, and stdio
// as `{ type: 'pipe' | 'ignore' | 'fd', fd }`.

const {
  nodeError, validateBoolean, validateObject, validateFunction, validateAbortSignal, getValidatedPath,
} = require('internal/fs/utils');
const { signals } = require('internal/os_constants');

// Default `maxBuffer` for exec, execFile and the sync forms.
const MAX_BUFFER = 1024 * 1024;

function defineErrors() {
  const errors = require('internal/errors');
  errors.define('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', RangeError, (name) => `${name} maxBuffer length exceeded`);
  errors.define('ERR_INVALID_SYNC_FORK_INPUT', TypeError,
    (value) => `Asynchronous forks do not support Buffer, TypedArray, DataView or string input: ${value}`);
  errors.define('ERR_IPC_SYNC_FORK', Error, () => 'IPC cannot be used with synchronous forks');
  errors.define('ERR_IPC_ONE_PIPE', Error, () => 'Child process can have only one IPC pipe');
  errors.define('ERR_CHILD_PROCESS_IPC_REQUIRED', Error,
    (name) => `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`);
}
defineErrors();

function validateString(value, name) {
  if (typeof value !== 'string') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
}

function validateNoNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw nodeError('ERR_INVALID_ARG_VALUE', name, value, 'must be a string without null bytes');
  }
}

const isInt32 = (value) => value === (value | 0);

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw nodeError('ERR_OUT_OF_RANGE', 'timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw nodeError('ERR_OUT_OF_RANGE', 'options.maxBuffer', 'a positive number', maxBuffer);
  }
}

let signalNames;
/// The name of signal number `n` (`'SIGTERM'`), or undefined.
function signalName(n) {
  if (signalNames === undefined) {
    signalNames = [];
    for (const name of Object.keys(signals)) signalNames[signals[name]] ??= name;
  }
  return signalNames[n];
}

/// A signal name or number as its number; ERR_UNKNOWN_SIGNAL otherwise.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== undefined) return signal;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw nodeError('ERR_UNKNOWN_SIGNAL', signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw nodeError('ERR_INVALID_ARG_TYPE', 'options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

let warnedShellArgs = false;

/// spawn's (file, args, options) → the options the natives take.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateNoNullBytes(file, 'file');
  if (file.length === 0) throw nodeError('ERR_INVALID_ARG_VALUE', 'file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  args.forEach((arg, i) => validateNoNullBytes(arg, `args[${i}]`));
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { __proto__: null, ...options };

  const cwd = options.cwd != null ? getValidatedPath(options.cwd, 'options.cwd') : options.cwd;
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  for (const id of ['uid', 'gid']) {
    if (options[id] != null && !isInt32(options[id])) {
      throw nodeError('ERR_INVALID_ARG_TYPE', `options.${id}`, 'int32', options[id]);
    }
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateNoNullBytes(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateNoNullBytes(options.shell, 'options.shell');
    if (args.length > 0 && !warnedShellArgs) {
      warnedShellArgs = true;
      process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
        'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
    }
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  const envPairs = [];
  // Inherited (prototype) keys count too, as in Node.
  // eslint-disable-next-line guard-for-in
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    validateNoNullBytes(key, `options.env['${key}']`);
    validateNoNullBytes(value, `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }

  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

/// `'pipe'` → `['pipe', 'pipe', 'pipe']` (and `channel`, fork's 'ipc').
function stdioStringToArray(stdio, channel) {
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
    case 'inherit':
      return channel ? [stdio, stdio, stdio, channel] : [stdio, stdio, stdio];
    default:
      throw nodeError('ERR_INVALID_ARG_VALUE', 'stdio', stdio);
  }
}

/// The `stdio` option as the natives take it. `sync` allows input
/// (Buffers and strings) and forbids 'ipc'.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw nodeError('ERR_INVALID_ARG_VALUE', 'stdio', stdio);
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  let ipc = false;
  return stdio.map((entry, i) => {
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') return { type: 'ignore' };
    if (entry === 'pipe' || entry === 'overlapped' || (typeof entry === 'number' && entry < 0)) {
      return { type: 'pipe', readable: i === 0, writable: i !== 0 };
    }
    if (entry === 'ipc') {
      if (sync) throw nodeError('ERR_IPC_SYNC_FORK');
      if (ipc) throw nodeError('ERR_IPC_ONE_PIPE');
      ipc = true;
      return { type: 'pipe', ipc: true };
    }
    if (entry === 'inherit') return { type: 'fd', fd: i };
    if (typeof entry === 'number') return { type: 'fd', fd: entry };
    if (entry !== null && typeof entry === 'object' && typeof entry.fd === 'number') {
      // A stream of ours (another child's stdout): the child reads or
      // writes its fd directly, and this process must stop reading it.
      return { type: 'fd', fd: entry.fd, stream: entry._handle ? entry : undefined };
    }
    if (ArrayBuffer.isView(entry) || typeof entry === 'string') {
      if (!sync) {
        throw nodeError('ERR_INVALID_SYNC_FORK_INPUT', require('util').inspect(entry));
      }
      return { type: 'pipe', readable: i === 0, writable: i !== 0, input: entry };
    }
    throw nodeError('ERR_INVALID_ARG_VALUE', 'stdio', entry);
  });
}

module.exports = {
  MAX_BUFFER,
  nodeError,
  validateString,
  validateNoNullBytes,
  validateObject,
  validateFunction,
  validateAbortSignal,
  validateTimeout,
  validateMaxBuffer,
  signalName,
  convertToValidSignal,
  sanitizeKillSignal,
  normalizeSpawnArguments,
  stdioStringToArray,
  getValidStdio,
};
