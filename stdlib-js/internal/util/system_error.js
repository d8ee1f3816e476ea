'use strict';
// Node's SystemError: a failed libuv-style call reported as
// `<prefix>: <syscall> returned <NAME> (<text>)`, with `info`, and `errno`
// and `syscall` as accessors onto it (os's ERR_SYSTEM_ERROR, tty's
// ERR_TTY_INIT_FAILED).

// `errno` is positive (as natives return it); `name`/`text` are libuv's.
function systemError(code, prefix, syscall, errno, name, text) {
  const info = { errno: -errno, code: name, message: text, syscall };
  const err = new Error(`${prefix}: ${syscall} returned ${name} (${text})`);
  Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true });
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(err, 'info', { value: info, enumerable: true, configurable: true });
  for (const key of ['errno', 'syscall']) {
    Object.defineProperty(err, key, {
      get() { return info[key]; },
      set(value) { info[key] = value; },
      enumerable: true,
      configurable: true,
    });
  }
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    writable: true,
    configurable: true,
  });
  const stack = `SystemError [${code}]: ${err.message}${(err.stack || '').replace(/^[^\n]*(?=\n|$)/, '')}`;
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true });
  return err;
}

// libuv's name and text for a positive errno, from util's table.
function uvError(errno) {
  const entry = require('internal/util/system_errors').find((e) => e[0] === -errno);
  return entry ? [entry[1], entry[2]] : ['UNKNOWN', 'unknown error'];
}

module.exports = { systemError, uvError };
