'use strict';
// The parts of `process` that ask the operating system (runtime/ops/process/system.rs):
// cpuUsage, resourceUsage, umask, kill, user and group ids, memory limits; and the
// small switches beside them (uncaught exception capture, source maps, ref/unref).

const { makeNodeError, nodeErrorWithMessage, define } = require('internal/errors');

define('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', Error, () => '`process.setupUncaughtExceptionCapture()` was ' +
  'called while a capture callback was already active');

function invalidProperty(name, value) {
  const shown = require('util').inspect(value);
  return nodeErrorWithMessage('ERR_INVALID_ARG_VALUE', RangeError, `The property '${name}' is invalid. Received ${shown}`);
}

function checkUsage(prev, name) {
  if (prev === undefined) return;
  if (prev === null || typeof prev !== 'object' || Array.isArray(prev)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'object', prev);
  }
  for (const key of ['user', 'system']) {
    const v = prev[key];
    if (typeof v !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', `${name}.${key}`, 'number', v);
    if (v < 0 || !Number.isFinite(v)) throw invalidProperty(`${name}.${key}`, v);
  }
}

function usage(read) {
  return function cpuUsage(prevValue) {
    checkUsage(prevValue, 'prevValue');
    const [user, system] = read();
    if (prevValue) return { user: user - prevValue.user, system: system - prevValue.system };
    return { user, system };
  };
}

function validateMask(mask) {
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw makeNodeError('ERR_INVALID_ARG_VALUE', 'mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    return parseInt(mask, 8);
  }
  if (typeof mask !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'mask', 'number', mask);
  if (!Number.isInteger(mask)) throw makeNodeError('ERR_OUT_OF_RANGE', 'mask', 'an integer', mask);
  if (mask < 0 || mask > 0xffffffff) throw makeNodeError('ERR_OUT_OF_RANGE', 'mask', '>= 0 && <= 4294967295', mask);
  return mask;
}

function install(proc, binding) {
  proc.cpuUsage = usage(binding.cpuUsage);
  proc.threadCpuUsage = usage(binding.threadCpuUsage);
  proc.resourceUsage = function resourceUsage() { return binding.resourceUsage(); };
  proc.availableMemory = function availableMemory() { return binding.availableMemory(); };
  proc.constrainedMemory = function constrainedMemory() { return binding.constrainedMemory(); };

  proc.umask = function umask(mask) {
    return binding.umask(mask === undefined ? undefined : validateMask(mask));
  };

  proc.getuid = function getuid() { return binding.ids()[0]; };
  proc.geteuid = function geteuid() { return binding.ids()[1]; };
  proc.getgid = function getgid() { return binding.ids()[2]; };
  proc.getegid = function getegid() { return binding.ids()[3]; };
  proc.getgroups = function getgroups() { return binding.getgroups(); };

  proc._kill = function _kill(pid, sig) { return binding.kill(pid, sig); };
  proc.kill = function kill(pid, sig) {
    // eslint-disable-next-line eqeqeq
    if (pid != (pid | 0)) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'pid', 'number', pid);
    let signal;
    if (sig === undefined) {
      signal = 15;
    } else if (typeof sig === 'number') {
      signal = sig;
    } else {
      signal = require('internal/os_constants').signals[sig];
      if (signal === undefined) throw makeNodeError('ERR_UNKNOWN_SIGNAL', sig);
    }
    const err = proc._kill(pid | 0, signal);
    if (err) {
      const { getSystemErrorName } = require('util');
      const code = getSystemErrorName(err);
      const e = new Error(`kill ${code}`);
      e.errno = err;
      e.code = code;
      e.syscall = 'kill';
      throw e;
    }
    return true;
  };

  // The lifecycle (runtime/embed/lifecycle.rs) hands an uncaught exception to
  // `binding.uncaughtCapture` first, when it is set, instead of 'uncaughtException'.
  let captureCallback = null;
  proc.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) {
      captureCallback = null;
      binding.uncaughtCapture = undefined;
      return;
    }
    if (typeof fn !== 'function') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'fn', ['Function', 'null'], fn);
    if (captureCallback !== null) throw makeNodeError('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET');
    captureCallback = fn;
    binding.uncaughtCapture = fn;
  };
  proc.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
    return captureCallback !== null;
  };

  // Node's handler of an uncaught exception, which a script may replace. While
  // `proc._fatalException` is this function the lifecycle applies Node's rules itself;
  // a replacement is called instead (true = handled, else the report and exit code 1),
  // and a value that is not a function ends the process with code 6, as in Node.
  // Called directly it does what Node's does: it tells the listeners, and answers
  // whether one took the error.
  proc._fatalException = function(er, fromPromise) {
    const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    proc.emit('uncaughtExceptionMonitor', er, origin);
    if (captureCallback !== null) {
      captureCallback(er);
      return true;
    }
    return proc.emit('uncaughtException', er, origin);
  };
  binding.fatalException = proc._fatalException;

  let sourceMaps = false;
  proc.setSourceMapsEnabled = function setSourceMapsEnabled(enabled) {
    if (typeof enabled !== 'boolean') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'enabled', 'boolean', enabled);
    sourceMaps = enabled;
  };
  Object.defineProperty(proc, 'sourceMapsEnabled', {
    enumerable: true,
    configurable: true,
    get() { return sourceMaps; },
  });

  proc.ref = function ref(maybeRefable) {
    const fn = maybeRefable?.[Symbol.for('nodejs.ref')] || maybeRefable?.ref;
    if (typeof fn === 'function') fn.call(maybeRefable);
  };
  proc.unref = function unref(maybeRefable) {
    const fn = maybeRefable?.[Symbol.for('nodejs.unref')] || maybeRefable?.unref;
    if (typeof fn === 'function') fn.call(maybeRefable);
  };

  proc._getActiveRequests = function _getActiveRequests() {
    return binding.activeResources().filter((name) => /Req/.test(name)).map((name) => ({ type: name }));
  };
  proc._getActiveHandles = function _getActiveHandles() {
    const named = binding.activeResources().filter((name) => !/Req/.test(name)).map((name) => ({ type: name }));
    return named.concat(require('internal/process/handles').handleOwners());
  };
}

module.exports = { install };
