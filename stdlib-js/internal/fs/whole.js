'use strict';
// Whole files: readFile, writeFile and appendFile, each one pool job
// (open, read or write all, close) in runtime/ops/fs/read.rs.

const {
  binding, constants, nodeError, stringToFlags, validateFunction, parseFileMode, getOptions, encodingArg,
  getValidatedPath, isFd, abortError, withSignal, validateBoolean,
} = require('internal/fs/utils');
const { encodingCode } = require('internal/encodings');
const { O_RDONLY } = constants;

function readFile(path, options, callback) {
  // The common call, `readFile(path, 'utf8', cb)`, without the general checks.
  if (typeof path === 'string' && typeof options === 'string' && typeof callback === 'function') {
    const code = encodingCodeFast[options];
    if (code !== undefined && !path.includes('\u0000')) {
      binding.readFile(path, -1, O_RDONLY, code, callback);
      return;
    }
  }
  callback = validateFunction(callback || options, 'cb');
  options = getOptions(options, { flag: 'r' });
  const encoding = encodingArg(options.encoding);
  const signal = options.signal;
  if (isFd(path)) {
    binding.readFile(undefined, path, O_RDONLY, encoding, signal ? withSignal(callback, signal) : callback);
    return;
  }
  if (signal && signal.aborted) {
    callback(abortError(signal));
    return;
  }
  const flags = stringToFlags(options.flag);
  path = getValidatedPath(path);
  binding.readFile(path, -1, flags, encoding, signal ? withSignal(callback, signal) : callback);
}
const encodingCodeFast = { utf8: 1, 'utf-8': 1, latin1: 3, ascii: 4, base64: 5, hex: 7 };

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = encodingArg(options.encoding);
  if (isFd(path)) return binding.readFile(undefined, path, O_RDONLY, encoding, undefined);
  const flags = stringToFlags(options.flag);
  return binding.readFile(getValidatedPath(path), -1, flags, encoding, undefined);
}

function writeArgs(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!ArrayBuffer.isView(data)) {
    if (typeof data !== 'string') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
  } else if (!(data instanceof Uint8Array)) {
    data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = stringToFlags(options.flag || 'w');
  const encoding = encodingCode(options.encoding || 'utf8');
  const flush = options.flush == null ? false : validateBoolean(options.flush, 'options.flush');
  if (isFd(path)) return [undefined, path, flags, mode, data, encoding, options.signal, flush];
  return [getValidatedPath(path), -1, flags, mode, data, encoding, options.signal, flush];
}

/// The write of writeFile and the promise forms: one pool job; with
/// `flush`, as Node: open, write, fs.fsync, close, each its own call.
function writeWhole([p, fd, flags, mode, bytes, encoding, , flush], done) {
  if (!flush) {
    binding.writeFile(p, fd, flags, mode, bytes, encoding, (err) => done(err || null));
    return;
  }
  const fs = require('fs');
  const write = (target, finish) => binding.writeFile(undefined, target, flags, mode, bytes, encoding, (err) => {
    if (err) finish(err);
    else fs.fsync(target, finish);
  });
  if (fd !== -1) {
    write(fd, (err) => done(err || null));
    return;
  }
  fs.open(p, flags, mode, (err, target) => {
    if (err) done(err);
    else write(target, (e) => fs.close(target, (e2) => done(e || e2 || null)));
  });
}

function writeFile(path, data, options, callback) {
  callback = validateFunction(callback || options, 'cb');
  const args = writeArgs(path, data, options);
  const signal = args[6];
  if (signal && signal.aborted) {
    callback(abortError(signal));
    return;
  }
  writeWhole(args, signal ? withSignal(callback, signal) : callback);
}

function writeFileSync(path, data, options) {
  const [p, fd, flags, mode, bytes, encoding, , flush] = writeArgs(path, data, options);
  if (!flush) {
    binding.writeFile(p, fd, flags, mode, bytes, encoding, undefined);
    return;
  }
  const fs = require('fs');
  const target = fd === -1 ? fs.openSync(p, flags, mode) : fd;
  try {
    binding.writeFile(undefined, target, flags, mode, bytes, encoding, undefined);
    fs.fsyncSync(target);
  } finally {
    if (fd === -1) fs.closeSync(target);
  }
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return { ...options, flag: options.flag || 'a' };
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

function appendFile(path, data, options, callback) {
  callback = validateFunction(callback || options, 'cb');
  writeFile(path, data, appendOptions(typeof options === 'function' ? undefined : options), callback);
}

module.exports = {
  readFile, readFileSync, writeFile, writeFileSync, appendFile, appendFileSync, writeArgs, writeWhole, appendOptions,
};
