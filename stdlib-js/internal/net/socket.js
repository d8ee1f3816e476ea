'use strict';
// net.Socket: a TCP or Unix-socket connection as a Duplex stream, on a
// stream handle of runtime/ops/pipe (made by runtime/ops/net). Reading
// starts when the stream wants data and stops when its buffer is full;
// writes go straight to the fd and wait on the reactor only when the
// kernel's buffer is full. `end()` half-closes (a FIN) once the writes
// before it are out.

const { Duplex } = require('stream');
const { StreamHandle } = require('internal/net/handle');
const { isIP } = require('internal/net/ip');
const {
  makeNodeError, missingOneOf, exceptionWithHostPort, errnoException, validatePort, invalidAddressFamily,
} = require('internal/net/errors');
const { validateFunction, validateNumber } = require('internal/events/validate');

const kTimeout = Symbol('timeout');
const kOnRead = Symbol('kOnRead');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const normalizedArgsSymbol = Symbol('normalizedArgs');

// Their first values come from --[no-]network-family-autoselection and
// --network-family-autoselection-attempt-timeout.
const cliOptions = internalBinding('process').options;
let autoSelectFamilyDefault = cliOptions.networkFamilyAutoselection ?? true;
let autoSelectFamilyAttemptTimeoutDefault = cliOptions.autoselectionAttemptTimeout ?? 250;

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// ([port][, host][, cb]), (path[, cb]) or (options[, cb]) as [options, cb].
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

class Socket extends Duplex {
  constructor(options = undefined) {
    if (typeof options === 'number') options = { fd: options };
    else options = { ...options };
    if (options.handle === undefined && options.fd !== undefined) {
      throw makeNodeError('ERR_INVALID_FD_TYPE', 'sous: a socket on an fd is not supported');
    }
    for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
      if (options[key]) throw makeNodeError('ERR_INVALID_ARG_VALUE', `options.${key}`, options[key], 'is not supported');
    }
    options.allowHalfOpen = Boolean(options.allowHalfOpen);
    // Node emits 'close' itself, with whether an error ended the socket.
    options.emitClose = false;
    options.autoDestroy = true;
    options.decodeStrings = false;
    super(options);
    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._host = null;
    this._peername = null;
    this._sockname = null;
    this._pendingData = null;
    this._pendingEncoding = '';
    this.server = null;
    this._server = null;
    this[kTimeout] = null;
    this[kBytesRead] = 0;
    this[kBytesWritten] = 0;
    this[kSetNoDelay] = Boolean(options.noDelay);
    this[kSetKeepAlive] = Boolean(options.keepAlive);
    this[kSetKeepAliveInitialDelay] = delaySeconds(options.keepAliveInitialDelay);
    // `onread: { buffer, callback }`: reads land in the caller's buffer
    // and go to `callback(nread, buffer)` instead of 'data'.
    this[kOnRead] = null;
    if (options.onread !== null && typeof options.onread === 'object') {
      const { buffer, callback } = options.onread;
      if (typeof buffer !== 'function' && !ArrayBuffer.isView(buffer)) {
        throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.onread.buffer', ['Buffer', 'TypedArray', 'DataView', 'Function'], buffer);
      }
      validateFunction(callback, 'options.onread.callback');
      this[kOnRead] = { buffer, callback };
    }
    if (options.handle) {
      this._handle = options.handle;
      this._handle.owner = this;
      this._handle.onread = (chunk) => this._onread(chunk);
    }
    this.on('end', onReadableStreamEnd);
    if (this._handle !== null && options.readable !== false) {
      if (options.pauseOnCreate) {
        this.readableFlowing = false;
      } else if (!options.manualStart) {
        this.read(0);
      }
    }
    if (options.timeout) this.setTimeout(options.timeout);
    if (options.blockList) {
      if (!require('internal/net/blocklist').BlockList.isBlockList(options.blockList)) {
        throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.blockList', 'net.BlockList', options.blockList);
      }
      this.blockList = options.blockList;
    }
  }

  get pending() { return !this._handle || this.connecting; }
  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get bufferSize() { return this._handle ? this.writableLength : undefined; }
  get bytesRead() { return this[kBytesRead]; }
  get bytesWritten() {
    let bytes = this[kBytesWritten];
    const state = this._writableState;
    const data = this._pendingData;
    const encoding = this._pendingEncoding;
    if (!state) return undefined;
    for (const el of state.buffered ?? []) {
      bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    }
    if (Array.isArray(data)) {
      for (const el of data) bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    } else if (data) {
      bytes += typeof data === 'string' ? Buffer.byteLength(data, encoding) : data.length;
    }
    return bytes;
  }

  get _connecting() { return this.connecting; }
  get localAddress() { return this._getsockname().address; }
  get localPort() { return this._getsockname().port; }
  get localFamily() { return this._getsockname().family; }
  get remoteAddress() { return this._getpeername().address; }
  get remoteFamily() { return this._getpeername().family; }
  get remotePort() { return this._getpeername().port; }

  _getpeername() {
    if (!this._handle) return this._peername ?? {};
    if (!this._peername) {
      const out = {};
      if (this._handle.getpeername(out) !== 0) return {};
      this._peername = out;
    }
    return this._peername;
  }

  _getsockname() {
    if (!this._handle) return {};
    if (!this._sockname) {
      const out = {};
      if (this._handle.getsockname(out) !== 0) return {};
      this._sockname = out;
    }
    return this._sockname;
  }

  address() { return this._getsockname(); }

  setNoDelay(enable) {
    enable = Boolean(enable === undefined ? true : enable);
    if (!this._handle) {
      this[kSetNoDelay] = enable;
      return this;
    }
    if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
      this[kSetNoDelay] = enable;
      this._handle.setNoDelay(enable);
    }
    return this;
  }

  setKeepAlive(enable, initialDelayMsecs) {
    enable = Boolean(enable);
    const initialDelay = delaySeconds(initialDelayMsecs);
    if (!this._handle) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      return this;
    }
    if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      this._handle.setKeepAlive(enable, initialDelay);
    }
    return this;
  }

  // An idle timer: 'timeout' after `msecs` without reads or writes.
  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    validateNumber(msecs, 'msecs', 0);
    if (!Number.isFinite(msecs)) throw makeNodeError('ERR_OUT_OF_RANGE', 'msecs', 'a non-negative finite number', msecs);
    if (this[kTimeout] !== null) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    this.timeout = msecs;
    if (msecs === 0) {
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      const timer = setTimeout(() => {
        this[kTimeout] = null;
        this.emit('timeout');
      }, msecs);
      timer.unref();
      this[kTimeout] = timer;
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    return this;
  }

  _unrefTimer() {
    for (let s = this; s != null; s = s._parent) {
      if (s[kTimeout]) s[kTimeout].refresh();
    }
  }

  _read(n) {
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._read(n));
      return;
    }
    const handle = this._handle;
    if (handle.reading) return;
    handle.reading = true;
    handle.onread = (chunk) => this._onread(chunk);
    const status = handle.readStart();
    if (status < 0) {
      handle.reading = false;
      this.destroy(errnoException(status, 'read'));
    }
  }

  _onread(chunk) {
    const handle = this._handle;
    if (handle === null) return;
    this._unrefTimer();
    if (typeof chunk === 'number') {
      handle.reading = false;
      this.destroy(errnoException(chunk, 'read'));
      return;
    }
    if (chunk === null) {
      handle.reading = false;
      this.push(null);
      this.read(0);
      return;
    }
    this[kBytesRead] += chunk.length;
    if (this[kOnRead] !== null) {
      this._deliverToBuffer(chunk);
      return;
    }
    if (!this.push(chunk)) {
      handle.reading = false;
      handle.readStop();
    }
  }

  // Copies a chunk into the `onread` buffer, one buffer-full per call; a
  // callback returning false stops reading until the next resume().
  _deliverToBuffer(chunk) {
    const { buffer, callback } = this[kOnRead];
    let offset = 0;
    while (offset < chunk.length) {
      const target = typeof buffer === 'function' ? buffer() : buffer;
      const view = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
      const n = Math.min(view.length, chunk.length - offset);
      view.set(chunk.subarray(offset, offset + n));
      offset += n;
      if (callback.call(this, n, target) === false && this._handle) {
        this._handle.reading = false;
        this._handle.readStop();
      }
    }
  }

  pause() {
    // A paused socket stops reading at once, as Node's does (unless it
    // is still connecting: then reading starts paused).
    if (this._handle && this._handle.reading && !this.connecting) {
      this._handle.reading = false;
      this._handle.readStop();
    }
    return super.pause();
  }

  resume() {
    if (this._handle && !this._handle.reading && !this.connecting && !this.destroyed) {
      this._read();
    }
    return super.resume();
  }

  _writeGeneric(writev, data, encoding, cb) {
    if (this.connecting) {
      this._pendingData = data;
      this._pendingEncoding = encoding;
      const onClose = () => cb(makeNodeError('ERR_SOCKET_CLOSED_BEFORE_CONNECTION'));
      this.once('connect', () => {
        this.off('close', onClose);
        this._writeGeneric(writev, data, encoding, cb);
      });
      this.once('close', onClose);
      return;
    }
    this._pendingData = null;
    this._pendingEncoding = '';
    if (!this._handle) {
      cb(makeNodeError('ERR_SOCKET_CLOSED'));
      return;
    }
    this._unrefTimer();
    let bytes;
    if (writev) {
      bytes = Buffer.concat(data.map(({ chunk, encoding: enc }) =>
        (typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk)));
    } else {
      bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
    }
    // Counted when handed to the handle, as Node's bytesWritten does.
    this[kBytesWritten] += bytes.length;
    const status = this._handle.write(bytes, (done) => {
      this._unrefTimer();
      cb(done < 0 ? errnoException(done, 'write') : null);
    });
    if (status === 0) {
      cb(null);
    } else if (status < 0) {
      cb(errnoException(status, 'write'));
    }
  }

  _write(data, encoding, cb) {
    this._writeGeneric(false, data, encoding, cb);
  }

  _writev(chunks, cb) {
    this._writeGeneric(true, chunks, '', cb);
  }

  _final(cb) {
    if (this.pending && this.connecting) {
      this.once('connect', () => this._final(cb));
      return;
    }
    if (!this._handle) {
      cb();
      return;
    }
    const status = this._handle.shutdown(() => cb());
    if (status === 0 || status === -107 /* ENOTCONN */) cb();
    else if (status < 0) cb(errnoException(status, 'shutdown'));
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  _destroy(exception, cb) {
    if (this[kTimeout] !== null) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    this.connecting = false;
    if (this._handle) {
      const hadError = Boolean(exception);
      const handle = this._handle;
      this._getpeername();
      const emitClose = () => this.emit('close', hadError);
      if (this.resetAndClosing) {
        this.resetAndClosing = false;
        handle.reset(emitClose);
      } else {
        // The close callback comes after the error's tick, as libuv's.
        handle.close(emitClose);
      }
      handle.onread = () => {};
      this._handle = null;
      this._sockname = null;
      cb(exception);
    } else {
      cb(exception);
      process.nextTick(() => this.emit('close', false));
    }
    if (this._server) {
      this._server._connections--;
      this._server._emitCloseIfDrained?.();
    }
  }

  resetAndDestroy() {
    if (this._handle) {
      if (this.connecting) {
        this.once('connect', () => this.resetAndDestroy());
        return this;
      }
      this.resetAndClosing = true;
      this.destroy();
    } else {
      this.destroy(makeNodeError('ERR_SOCKET_CLOSED'));
    }
    return this;
  }

  ref() {
    if (!this._handle) {
      this.once('connect', this.ref);
      return this;
    }
    this._handle.ref();
    return this;
  }

  unref() {
    if (!this._handle) {
      this.once('connect', this.unref);
      return this;
    }
    this._handle.unref();
    return this;
  }

  connect(...args) {
    const normalized = Array.isArray(args[0]) && args[0][normalizedArgsSymbol] ? args[0] : normalizeArgs(args);
    const [options, cb] = normalized;
    if (options.port === undefined && options.path == null) throw missingOneOf('options', 'port', 'path');
    if (cb !== null) this.once('connect', cb);
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    if (this.destroyed) {
      this._handle = null;
      this._peername = null;
      this._sockname = null;
      this._undestroy();
    }
    if (!this._handle) this._handle = new StreamHandle(null, options.path ? 'pipe' : 'tcp');
    this._handle.owner = this;
    this._unrefTimer();
    this.connecting = true;
    if (options.path) {
      if (typeof options.path !== 'string') {
        throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.path', 'string', options.path);
      }
      process.nextTick(() => {
        if (this.connecting) internalConnect(this, options.path);
      });
    } else {
      lookupAndConnect(this, options);
    }
    return this;
  }
}

// A keep-alive delay in whole seconds, as the handle takes it.
function delaySeconds(msecs) {
  return Math.max(~~((msecs ?? 0) / 1000), 0);
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (typeof host !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.host', 'string', host);
  let { autoSelectFamily } = options;
  if (autoSelectFamily != null) require('internal/events/validate').validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  const attemptTimeout = options.autoSelectFamilyAttemptTimeout;
  if (attemptTimeout != null) validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  if (localAddress && !isIP(localAddress)) throw makeNodeError('ERR_INVALID_IP_ADDRESS', localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dns = require('dns');
  let family = options.family;
  if (family === 'IPv4') family = 4;
  else if (family === 'IPv6') family = 6;
  else family = family ? +family : 0;
  const dnsopts = { family, hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = dns.ADDRCONFIG;
  const lookup = options.lookup || dns.lookup;
  const autoSelect = autoSelectFamily &&
    dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress;
  self._host = host;
  if (autoSelect) {
    dnsopts.all = true;
    lookup(host, dnsopts, (err, addresses, addressFamily) => {
      if (!self.connecting) return;
      if (err) {
        self.emit('lookup', err, undefined, undefined, host);
        process.nextTick(() => self.destroy(err));
        return;
      }
      if (!Array.isArray(addresses)) addresses = [{ address: addresses, family: addressFamily }];
      if (addresses.length === 0) return;
      const valid = [];
      for (const { address, family: type } of addresses) {
        self.emit('lookup', null, address, type, host);
        if (!self.connecting) return;
        if (typeof address === 'string' && isIP(address) && (type === 4 || type === 6) && !valid.some((v) => v.address === address)) {
          valid.push({ address, family: type });
        }
      }
      if (valid.length === 0) {
        const { address, family: type } = addresses[0];
        const ex = typeof address !== 'string' || !isIP(address) ? makeNodeError('ERR_INVALID_IP_ADDRESS', address) :
          invalidAddressFamily(type, options.host, options.port);
        process.nextTick(() => self.destroy(ex));
        return;
      }
      connectInTurn(self, alternateFamilies(valid), port, localAddress, localPort);
    });
    return;
  }
  lookup(host, dnsopts, (err, ip, ipType) => {
    self.emit('lookup', err, ip, ipType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(() => self.destroy(err));
    } else if (typeof ip !== 'string' || !isIP(ip)) {
      process.nextTick(() => self.destroy(makeNodeError('ERR_INVALID_IP_ADDRESS', ip)));
    } else if (ipType !== 4 && ipType !== 6) {
      process.nextTick(() => self.destroy(invalidAddressFamily(ipType, options.host, options.port)));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, ipType, localAddress, localPort);
    }
  });
}

// The addresses to try, the families alternating, the first one's first.
function alternateFamilies(valid) {
  const first = valid.filter((a) => a.family === valid[0].family);
  const other = valid.filter((a) => a.family !== valid[0].family);
  const out = [];
  for (let i = 0; i < Math.max(first.length, other.length); i++) {
    if (i < first.length) out.push(first[i]);
    if (i < other.length) out.push(other[i]);
  }
  return out;
}

function validateInt32(value, name, min) {
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw makeNodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > 2147483647) throw makeNodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= 2147483647`, value);
}

// Happy eyeballs, simplified: each address in turn until one connects;
// when every one fails, an AggregateError of them all (as Node's).
function connectInTurn(self, addresses, port, localAddress, localPort) {
  if (addresses.length === 1) {
    internalConnect(self, addresses[0].address, port, addresses[0].family, localAddress, localPort);
    return;
  }
  const errors = [];
  self.autoSelectFamilyAttemptedAddresses = [];
  const attempt = (i) => {
    const { address, family } = addresses[i];
    self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
    const last = i === addresses.length - 1;
    internalConnect(self, address, port, family, localAddress, localPort, last ? null : (ex) => {
      errors.push(ex);
      if (self.connecting) attempt(i + 1);
    }, (ex) => {
      errors.push(ex);
      const agg = new AggregateError(errors, ex.message);
      agg.code = ex.code;
      self.destroy(agg);
    });
  };
  attempt(0);
}

function internalConnect(self, address, port, addressType, localAddress, localPort, onRetry = null, onLast = null) {
  if (!self._handle) self._handle = new StreamHandle(null, addressType ? 'tcp' : 'pipe');
  self._handle.owner = self;
  const handle = self._handle;
  if (addressType && self.blockList?.check(address, `ipv${addressType}`)) {
    self.destroy(makeNodeError('ERR_IP_BLOCKED', address));
    return;
  }
  const oncomplete = (status) => afterConnect(self, handle, status, address, port, localAddress, localPort, onRetry, onLast);
  if (addressType && localAddress === undefined && localPort) localAddress = addressType === 4 ? '0.0.0.0' : '::';
  const status = handle.connect(address, port, localAddress, localPort | 0, oncomplete);
  if (status < 0) {
    const details = localAddress && localPort ? `${localAddress}:${localPort}` : undefined;
    const ex = exceptionWithHostPort(status, 'connect', address, port, details);
    if (onRetry) onRetry(ex);
    else if (onLast) onLast(ex);
    else self.destroy(ex);
  }
}

function afterConnect(self, handle, status, address, port, localAddress, localPort, onRetry, onLast) {
  if (self._handle !== handle || self.destroyed) return;
  self._unrefTimer();
  if (status !== 0) {
    const details = localAddress && localPort ? `${localAddress}:${localPort}` : undefined;
    const ex = exceptionWithHostPort(status, 'connect', address, port, details);
    if (details) {
      ex.localAddress = localAddress;
      ex.localPort = localPort;
    }
    if (onRetry) {
      handle.close();
      self._handle = new StreamHandle(null, handle.kind);
      self._handle.owner = self;
      onRetry(ex);
      return;
    }
    if (onLast) {
      onLast(ex);
      return;
    }
    self.destroy(ex);
    return;
  }
  self.connecting = false;
  self._sockname = null;
  if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
  if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
    self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
  }
  self.emit('connect');
  self.emit('ready');
  if (self.readable && !self.isPaused()) self.read(0);
}

function getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; }
function setDefaultAutoSelectFamily(value) {
  require('internal/events/validate').validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}
function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; }
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateNumber(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

module.exports = {
  Socket,
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  normalizeArgs,
  normalizedArgsSymbol,
  isPipeName,
  toNumber,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
