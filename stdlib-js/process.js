'use strict';
// The `process` object: an EventEmitter over the natives of
// runtime/ops/process.rs. Created the first time a script touches `process`.

const EventEmitter = require('events');
const binding = internalBinding('process');

const Process = class process extends EventEmitter {};
const proc = new Process();
// `[object process]`, as V8 tags Node's process object.
Object.defineProperty(proc, Symbol.toStringTag, { value: 'process', writable: true, enumerable: false, configurable: false });

proc.title = 'sous';
// sous follows Node v24.22.3: `version`, `versions.node` and `release` say so as a Node
// 24-compatible runtime reports them (libraries feature-detect Node with them, e.g.
// `process.release.name === 'node'` or a semver check of `process.version`); sous's own
// version is `versions.sous` (and `sous --version`).
const NODE_VERSION = '24.22.3';
proc.version = `v${NODE_VERSION}`;
// `openssl`: the OpenSSL of Node 24.22.3, whose names and constants sous's crypto follows;
// code (Node's test harness too) reads its presence as "crypto is available".
proc.versions = { node: NODE_VERSION, sous: binding.version, boa: '0.22.0', openssl: '3.5.9' };
proc.release = {
  name: 'node',
  lts: 'Krypton',
  sourceUrl: `https://nodejs.org/download/release/v${NODE_VERSION}/node-v${NODE_VERSION}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/v${NODE_VERSION}/node-v${NODE_VERSION}-headers.tar.gz`,
};
proc.platform = binding.platform;
proc.arch = binding.arch;
proc.pid = binding.pid;
proc.ppid = binding.ppid;
proc.execPath = binding.execPath;
proc.argv = binding.argv;
proc.argv0 = binding.argv0;
// Node's command-line options (runtime/options.rs), as Node exposes them on `process`.
const options = binding.options;
proc.execArgv = options.execArgv;
if (options.title !== null) proc.title = options.title;
if (options.noDeprecation) proc.noDeprecation = true;
if (options.throwDeprecation) proc.throwDeprecation = true;
if (options.traceDeprecation) proc.traceDeprecation = true;
if (options.noWarnings) proc.noProcessWarnings = true;
if (options.traceWarnings) proc.traceProcessWarnings = true;
const disabledWarnings = new Set(options.disableWarning);
// Node's env coerces what is stored in it to strings (a Symbol key or value throws,
// as converting it to a string does), takes only plain data properties, and has
// no Symbol keys. A change of TZ changes the process's time zone, as in Node.
function envDefineError(message) {
  const { nodeErrorWithMessage } = require('internal/errors');
  return nodeErrorWithMessage('ERR_INVALID_OBJECT_DEFINE_PROPERTY', TypeError, `'process.env' ${message}`);
}
// DEP0104 (with --pending-deprecation) is emitted once per process, as Node's.
let envWarned = false;
proc.env = new Proxy(binding.env, {
  get(target, key) {
    return typeof key === 'symbol' ? undefined : target[key];
  },
  has(target, key) {
    return typeof key !== 'symbol' && key in target;
  },
  deleteProperty(target, key) {
    if (typeof key !== 'symbol') {
      delete target[key];
      if (key === 'TZ') binding.setTimeZone(undefined);
    }
    return true;
  },
  set(target, key, value) {
    if (options.pendingDeprecation && !envWarned && typeof value !== 'string' &&
        typeof value !== 'number' && typeof value !== 'boolean') {
      envWarned = true;
      proc.emitWarning('Assigning any value other than a string, number, or boolean to a ' +
        'process.env property is deprecated. Please make sure to convert the value to a string ' +
        'before setting process.env with it.', 'DeprecationWarning', 'DEP0104');
    }
    target[`${key}`] = `${value}`;
    if (key === 'TZ') binding.setTimeZone(target.TZ);
    return true;
  },
  defineProperty(target, key, desc) {
    if ('get' in desc || 'set' in desc) throw envDefineError('does not accept an accessor(getter/setter) descriptor');
    if (!desc.configurable || !desc.writable || !desc.enumerable) {
      throw envDefineError('only accepts a configurable, writable, and enumerable data descriptor');
    }
    const done = Reflect.defineProperty(target, `${key}`, { ...desc, value: `${desc.value}` });
    if (done && key === 'TZ') binding.setTimeZone(target.TZ);
    return done;
  },
});
// `process.loadEnvFile(path)` and `--env-file`: the file's variables, where
// the environment does not already have them.
proc.loadEnvFile = function loadEnvFile(path = undefined) {
  const file = path === undefined ? '.env' : path;
  const text = require('fs').readFileSync(file, 'utf8');
  const vars = require('internal/util/parse_env').parseEnv(text);
  for (const key of Object.keys(vars)) {
    if (!Object.prototype.hasOwnProperty.call(proc.env, key)) proc.env[key] = vars[key];
  }
};
for (const [file, required] of options.envFiles) {
  try {
    proc.loadEnvFile(file);
  } catch (err) {
    // The CLI checked that a required file exists; one that vanished since is skipped too.
    if (required && err.code !== 'ENOENT') throw err;
  }
}

// Node validates exit codes when they are set: an integer, or a string
// holding one (stored as the number); the process exits with its low 8 bits.
function validateExitCode(code) {
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return +code;
  const errors = require('internal/errors');
  if (typeof code !== 'number') throw errors.makeNodeError('ERR_INVALID_ARG_TYPE', 'code', 'number', code);
  if (!Number.isInteger(code)) throw errors.makeNodeError('ERR_OUT_OF_RANGE', 'code', 'an integer', code);
  if (!Number.isSafeInteger(code)) {
    throw errors.makeNodeError('ERR_OUT_OF_RANGE', 'code', `>= ${Number.MIN_SAFE_INTEGER} && <= ${Number.MAX_SAFE_INTEGER}`, code);
  }
  return code;
}
// Values made on first read.
const { defineLazyValue } = require('internal/util/lazy_value');
defineLazyValue(proc, 'allowedNodeEnvironmentFlags',
  () => require('internal/process/flags').allowedFlags(options.allowedFlags));
defineLazyValue(proc, 'finalization', () => require('internal/process/finalization'));
let exitCode;
Object.defineProperty(proc, 'exitCode', {
  configurable: false,
  enumerable: true,
  get() { return exitCode; },
  set(code) { exitCode = validateExitCode(code); },
});
proc._exiting = false;
// node_module_version: the ABI number of Node 24's addons (NODE_MODULE_VERSION), which
// packages read to pick a prebuilt binary; sous loads no addons.
proc.config = { variables: { node_module_version: 137 } };
// What this runtime has, in Node's names: no inspector, no TLS (yet), no QUIC, no TypeScript
// stripping; builtins are compiled in, and require() of an ES module works.
proc.features = {
  inspector: false,
  debug: false,
  uv: false,
  ipv6: false,
  tls_alpn: false,
  tls_sni: false,
  tls_ocsp: false,
  tls: false,
  openssl_is_boringssl: false,
  cached_builtins: true,
  require_module: true,
  quic: false,
  typescript: false,
};

proc.cwd = function cwd() { return binding.cwd(); };
proc.chdir = function chdir(directory) { binding.chdir(directory); };
proc.uptime = function uptime() { return binding.uptime(); };
proc.memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
proc.memoryUsage.rss = function rss() { return binding.memoryUsage().rss; };
proc.nextTick = binding.nextTick;
require('internal/process/system').install(proc, binding);
require('internal/process/signals').install(proc, binding);
require('internal/process/binding').install(proc, options.pendingDeprecation || binding.env.NODE_PENDING_DEPRECATION === '1');
proc.getActiveResourcesInfo = function getActiveResourcesInfo() {
  return require('internal/process/handles').withHandleNames(binding.activeResources());
};

function hrtime(previous) {
  const now = binding.hrtime();
  if (previous === undefined) return now;
  if (!Array.isArray(previous)) {
    throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'time', 'Array', previous);
  }
  if (previous.length !== 2) {
    throw require('internal/errors').makeNodeError('ERR_OUT_OF_RANGE', 'time', '2', previous.length);
  }
  let sec = now[0] - previous[0];
  let nsec = now[1] - previous[1];
  if (nsec < 0) {
    sec -= 1;
    nsec += 1e9;
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() { return binding.hrtimeBigint(); };
proc.hrtime = hrtime;

proc.exit = function exit(code) {
  code = validateExitCode(code);
  if (code !== undefined) proc.exitCode = code;
  if (!proc._exiting) {
    proc._exiting = true;
    proc.emit('exit', proc.exitCode || 0);
  }
  // Through the property, which a program (or a test) may replace, as Node does.
  proc.reallyExit(proc.exitCode || 0);
};
proc.reallyExit = function reallyExit(code) { binding.reallyExit(code | 0); };
proc.abort = function abort() { binding.reallyExit(134); };
// Straight to fd 2, past process.stderr and anything replacing it.
proc._rawDebug = function _rawDebug(...args) {
  require('fs').writeSync(2, `${require('internal/inspect').format(...args)}\n`);
};

// process.stdout/stderr: Writable streams whose writes are synchronous, as
// Node's are on Linux (pipes, files and terminals alike), so 'drain' never
// has to wait. A failed write (EPIPE, ENOSPC) calls back with the error and
// destroys the stream ('error', then 'close'), as a Writable does; the fd
// itself is never closed. Made on first touch: `stream` costs a few ms.
function makeStream(fd, writeBytes, isTTY) {
  // Writable alone: the rest of node:stream is not needed for stdio.
  const Writable = require('internal/streams/writable');
  const { Buffer } = require('buffer');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      // A string in another encoding is written as the bytes it encodes.
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
        chunk = Buffer.from(chunk, encoding);
      }
      const err = writeBytes(chunk);
      if (err !== undefined) Error.captureStackTrace(err);
      cb(err);
    },
    destroy(err, cb) {
      // stdio stays open: only the stream ends.
      cb(err);
    },
  });
  stream.fd = fd;
  const kind = internalBinding('pipe').guessHandleType(fd);
  stream._type = kind === 'TTY' ? 'tty' : kind === 'FILE' ? 'fs' : 'pipe';
  stream._isStdio = true;
  // Node's stdout is a tty.WriteStream on a terminal (isTTY true, sizes,
  // colours); on a pipe or file it has no isTTY at all.
  if (isTTY) stream.isTTY = true;
  // A replaced `write` is where the global console writes too (runtime/ops/console.rs).
  const ownWrite = stream.write;
  let currentWrite = ownWrite;
  Object.defineProperty(stream, 'write', {
    configurable: true,
    enumerable: true,
    get() { return currentWrite; },
    set(fn) {
      currentWrite = fn;
      internalBinding('console').setRedirect(fd, fn === ownWrite ? null : stream);
    },
  });
  return stream;
}
// Getters, as in Node: the first touch opens the stream's handle (listed by
// getActiveResourcesInfo from then on), even before anything is written.
function defineStream(name, fd, writeBytes, isTTY) {
  let stream = null;
  Object.defineProperty(proc, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (stream === null) {
        binding.openStdio(fd);
        stream = makeStream(fd, writeBytes, isTTY);
        if (stream.isTTY) require('tty')._adoptStdio(stream, fd);
      }
      return stream;
    },
  });
}
Object.defineProperty(proc, 'stdin', {
  configurable: true,
  enumerable: true,
  get() { return require('internal/stdio/stdin').getStdin(); },
});
// The legacy way to read stdin: it starts flowing.
proc.openStdin = function openStdin() {
  proc.stdin.resume();
  return proc.stdin;
};
defineStream('stdout', 1, binding.writeOut, binding.stdoutIsTTY);
defineStream('stderr', 2, binding.writeErr, binding.stderrIsTTY);

// Warnings: emitted on the next tick as 'warning' events; the default
// listener prints them as Node does.
let traceHintShown = false;
proc.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  const { makeNodeError } = require('internal/errors');
  if (type !== undefined && typeof type !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'code', 'string', code);
  }
  let w;
  if (typeof warning === 'string') {
    w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    // The stack starts at the caller of emitWarning (or of `ctor`), as Node's does.
    Error.captureStackTrace(w, typeof ctor === 'function' ? ctor : proc.emitWarning);
  } else if (warning instanceof Error) {
    w = warning;
  } else {
    throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'warning', ['Error', 'string'], warning);
  }
  if (w.name === 'DeprecationWarning') {
    if (proc.noDeprecation) return;
    // Thrown on a later tick, so that the warnings emitted before it are printed first.
    if (proc.throwDeprecation) return proc.nextTick(() => { throw w; });
  }
  proc.nextTick(() => proc.emit('warning', w));
};

function onWarning(w) {
  if (!(w instanceof Error)) return;
  const isDeprecation = w.name === 'DeprecationWarning';
  if (isDeprecation && proc.noDeprecation) return;
  if (proc.noProcessWarnings || disabledWarnings.has(w.code) || disabledWarnings.has(w.name)) return;
  const code = w.code ? `[${w.code}] ` : '';
  const trace = isDeprecation ? proc.traceDeprecation : proc.traceProcessWarnings;
  if (trace && typeof w.stack === 'string') {
    writeWarning(`(node:${proc.pid}) ${code}${w.stack}\n`);
    return;
  }
  let msg = `(node:${proc.pid}) ${code}${w.name}: ${w.message}\n`;
  if (typeof w.detail === 'string') msg += `${w.detail}\n`;
  if (!traceHintShown) {
    traceHintShown = true;
    msg += `(Use \`sous --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` to show where the warning was created)\n`;
  }
  writeWarning(msg);
}

// Through the console's stderr path, as Node's: a replaced process.stderr.write sees it;
// with --redirect-warnings (or NODE_REDIRECT_WARNINGS) appended to that file instead,
// and to stderr when the file cannot be written.
const warningFile = options.redirectWarnings || proc.env.NODE_REDIRECT_WARNINGS;
function writeWarning(text) {
  if (warningFile) {
    try {
      require('fs').appendFileSync(warningFile, text);
      return;
    } catch {
      // Falls through to stderr, as Node's does.
    }
  }
  require('console').error(text.slice(0, -1));
}
proc.on('warning', onWarning);

// A child forked with an IPC channel (child_process.fork).
if (proc.env.NODE_CHANNEL_FD !== undefined) require('internal/child_process/ipc').setupChildChannel(proc);

binding.setProcessObject(proc);
module.exports = proc;
