'use strict';
// exec and execFile: a child whose output is gathered into two strings (or
// Buffers), handed to a callback once it has closed, with the error Node
// makes for a failed command ('Command failed: ...' with `code`, `killed`,
// `signal`, `cmd`), `timeout` and `maxBuffer` (which kill the child).

const {
  MAX_BUFFER, nodeError, validateString, validateNoNullBytes, validateObject, validateFunction,
  validateTimeout, validateMaxBuffer, sanitizeKillSignal,
} = require('internal/child_process/normalize');

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateNoNullBytes(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null || typeof options === 'function') options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateNoNullBytes(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function makeExecFile(spawn) {
  return function execFile(file, args, options, callback) {
    ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
    options = {
      __proto__: null,
      encoding: 'utf8',
      timeout: 0,
      maxBuffer: MAX_BUFFER,
      killSignal: 'SIGTERM',
      cwd: null,
      env: null,
      shell: false,
      ...options,
    };
    validateTimeout(options.timeout);
    validateMaxBuffer(options.maxBuffer);
    options.killSignal = sanitizeKillSignal(options.killSignal);

    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      gid: options.gid,
      shell: options.shell,
      signal: options.signal,
      uid: options.uid,
      windowsHide: !!options.windowsHide,
      windowsVerbatimArguments: !!options.windowsVerbatimArguments,
    });
    const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
    const output = { stdout: [], stderr: [] };
    const lengths = { stdout: 0, stderr: 0 };
    let killed = false;
    let exited = false;
    let timeoutId = null;
    let ex = null;
    let cmd = file;

    function joined(name) {
      const stream = child[name];
      if (encoding || (stream && stream.readableEncoding)) return output[name].join('');
      return Buffer.concat(output[name]);
    }

    function exithandler(code, signal) {
      if (exited) return;
      exited = true;
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
      if (!callback) return;
      const stdout = joined('stdout');
      const stderr = joined('stderr');
      if (!ex && code === 0 && signal === null) {
        callback(null, stdout, stderr);
        return;
      }
      if (args?.length) cmd += ` ${args.join(' ')}`;
      if (!ex) {
        ex = new Error(`Command failed: ${cmd}\n${stderr}`);
        ex.code = code < 0 ? require('util').getSystemErrorName(code) : code;
        ex.killed = child.killed || killed;
        ex.signal = signal;
      }
      ex.cmd = cmd;
      callback(ex, stdout, stderr);
    }

    function errorhandler(e) {
      ex = e;
      if (child.stdout) child.stdout.destroy();
      if (child.stderr) child.stderr.destroy();
      exithandler();
    }

    function kill() {
      if (child.stdout) child.stdout.destroy();
      if (child.stderr) child.stderr.destroy();
      killed = true;
      try {
        child.kill(options.killSignal);
      } catch (e) {
        ex = e;
        exithandler();
      }
    }

    if (options.timeout > 0) {
      timeoutId = setTimeout(() => {
        kill();
        timeoutId = null;
      }, options.timeout);
    }

    for (const name of ['stdout', 'stderr']) {
      const stream = child[name];
      if (!stream) continue;
      if (encoding) stream.setEncoding(encoding);
      stream.on('data', (chunk) => {
        if (options.maxBuffer === Infinity) {
          output[name].push(chunk);
          return;
        }
        const streamEncoding = stream.readableEncoding;
        const length = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
        lengths[name] += length;
        if (lengths[name] > options.maxBuffer) {
          const fits = options.maxBuffer - (lengths[name] - length);
          output[name].push(chunk.slice(0, fits));
          ex = nodeError('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', name);
          kill();
        } else {
          output[name].push(chunk);
        }
      });
    }

    child.addListener('close', exithandler);
    child.addListener('error', errorhandler);
    return child;
  };
}

/// `util.promisify(exec)`: a promise of `{ stdout, stderr }` with the child
/// as `.child`; a failure's error carries `stdout` and `stderr`.
function promisified(original) {
  // Named as the original, as Node's are.
  const { [original.name]: promisifiedFn } = { [original.name]: (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = original(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  } };
  return promisifiedFn;
}

module.exports = { normalizeExecArgs, normalizeExecFileArgs, makeExecFile, promisified };
