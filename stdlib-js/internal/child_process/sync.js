'use strict';
// spawnSync, execSync and execFileSync: the child runs to its end while the
// caller waits (runtime/ops/child_process/sync.rs), and the result is Node's
// `{ pid, output, stdout, stderr, status, signal, error }`; the exec forms
// throw 'Command failed: ...' for a failure and echo the child's stderr when
// `stdio` was left to its default.

const binding = internalBinding('child_process');
const {
  MAX_BUFFER, nodeError, normalizeSpawnArguments, validateTimeout, validateMaxBuffer, sanitizeKillSignal,
  getValidStdio, signalName,
} = require('internal/child_process/normalize');
const { normalizeExecArgs, normalizeExecFileArgs } = require('internal/child_process/exec');

function spawnSync(file, args, options) {
  options = { __proto__: null, maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const stdio = getValidStdio(options.stdio || 'pipe', true);
  if (options.input) stdio[0] = { ...stdio[0], input: options.input };
  for (let i = 0; i < stdio.length; i++) {
    const input = stdio[i].input;
    if (input == null) continue;
    if (typeof input === 'string') {
      stdio[i] = { ...stdio[i], input: Buffer.from(input, options.encoding) };
    } else if (!ArrayBuffer.isView(input)) {
      throw nodeError('ERR_INVALID_ARG_TYPE', `options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    } else if (i > 0) {
      // The native writes input to fd 0 only (as spawnSync's `input`).
      throw nodeError('ERR_INVALID_ARG_VALUE', `options.stdio[${i}]`, input, 'must not give input to an fd past 0 in sous');
    }
  }

  const input = stdio[0].input;
  const raw = binding.spawnSync({
    __proto__: null,
    ...options,
    stdio,
    input: input && Buffer.from(input.buffer, input.byteOffset, input.byteLength),
  });
  const result = {
    status: raw.status,
    signal: raw.signal ? (signalName(raw.signal) ?? raw.signal) : null,
    output: raw.pid === 0 && raw.error ? null : raw.output,
    pid: raw.pid,
  };
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    result.output = result.output.map((out) => (out ? out.toString(options.encoding) : out));
  }
  result.stdout = result.output?.[1];
  result.stderr = result.output?.[2];
  if (raw.error) {
    const err = require('util')._errnoException(raw.error, `spawnSync ${options.file}`);
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    result.error = err;
    // Node lists `error` first.
    return { error: err, ...result };
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  if (ret.error) return Object.assign(ret.error, ret);
  if (ret.status === 0) return undefined;
  let message = `Command failed: ${cmd || args.join(' ')}`;
  if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
  return Object.assign(new Error(message), ret);
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = { spawnSync, execSync, execFileSync };
