'use strict';
// The handles under net.Socket and net.Server, shaped as Node's TCP and
// Pipe wraps (`socket._handle.setNoDelay(...)`, `server._handle.onconnection`),
// which code and tests reach into. Each holds a native handle of
// runtime/ops/pipe (a connection) or runtime/ops/net (a listener); a
// connection's native handle exists once `connect` made its socket.

const pipe = internalBinding('pipe');
const binding = internalBinding('net');
const handles = require('internal/process/handles');

// Fills `out` with an address from the binding: 0, or `-errno`.
function fill(out, address) {
  if (typeof address === 'number') return address;
  if (typeof address === 'string') out.address = address;
  else Object.assign(out, address);
  return 0;
}

// As libuv's uv_close: the fd is closed now, and the close callback comes in the loop's
// close phase, until which the handle keeps the loop alive and is still listed as active.
function closeCallback(handle, callback) {
  binding.closeCallback(() => {
    handles.closed(handle);
    if (typeof callback === 'function') callback();
  });
}

// `owner`: the net.Socket or net.Server using the handle (process._getActiveHandles()).
class StreamHandle {
  constructor(native = null, kind = 'tcp') {
    this.native = native;
    this.kind = kind;
    this.reading = false;
    this.onread = null;
    this.refed = true;
    this.owner = null;
    if (native !== null) handles.opened(this);
  }

  get providerName() { return this.kind === 'pipe' ? 'PipeWrap' : 'TCPSocketWrap'; }

  // Starts connecting: 0, or `-errno` at once; `oncomplete(status)` later.
  connect(address, port, localAddress, localPort, oncomplete) {
    const native = this.kind === 'pipe' ?
      binding.pipeConnect(address, oncomplete) :
      binding.tcpConnect(address, port, localAddress, localPort, oncomplete);
    if (typeof native === 'number') return native;
    this.native = native;
    handles.opened(this);
    if (!this.refed) pipe.unref(native);
    return 0;
  }

  readStart() {
    if (this.native === null) return -9; // EBADF
    return pipe.readStart(this.native, (chunk) => this.onread(chunk));
  }

  readStop() {
    return this.native === null ? 0 : pipe.readStop(this.native);
  }

  // 0 if written now, 1 if `callback(status)` follows, or `-errno`.
  write(bytes, callback) {
    return this.native === null ? -9 : pipe.write(this.native, bytes, callback);
  }

  shutdown(callback) {
    return this.native === null ? -107 : pipe.shutdown(this.native, callback);
  }

  close(callback) {
    if (this.native !== null) pipe.close(this.native);
    this.native = null;
    this.reading = false;
    closeCallback(this, callback);
  }

  reset(callback) {
    if (this.native !== null) binding.setLingerZero(this.native);
    this.close(callback);
    return 0;
  }

  ref() {
    this.refed = true;
    if (this.native !== null) pipe.ref(this.native);
  }

  unref() {
    this.refed = false;
    if (this.native !== null) pipe.unref(this.native);
  }

  hasRef() { return this.refed; }
  setNoDelay(enable) { return this.native === null ? 0 : binding.setNoDelay(this.native, enable); }
  setKeepAlive(enable, delay) { return this.native === null ? 0 : binding.setKeepAlive(this.native, enable, delay); }
  getsockname(out) { return this.native === null ? -9 : fill(out, binding.address(this.native, false)); }
  getpeername(out) { return this.native === null ? -9 : fill(out, binding.address(this.native, true)); }
}

class ServerHandle {
  constructor(native, kind) {
    this.native = native;
    this.kind = kind;
    this.onconnection = null;
    this.refed = true;
    this.owner = null;
    handles.opened(this);
  }

  get providerName() { return this.kind === 'pipe' ? 'PipeServerWrap' : 'TCPServerWrap'; }

  // Starts accepting: `onconnection(status, clientHandle)` per connection.
  listen() {
    return binding.listenStart(this.native, (client) => {
      if (typeof client === 'number') this.onconnection(client);
      else this.onconnection(0, new StreamHandle(client, this.kind));
    });
  }

  close(callback) {
    if (this.native !== null) binding.serverClose(this.native);
    this.native = null;
    closeCallback(this, callback);
  }

  ref() {
    this.refed = true;
    if (this.native !== null) binding.serverRef(this.native, true);
  }

  unref() {
    this.refed = false;
    if (this.native !== null) binding.serverRef(this.native, false);
  }

  hasRef() { return this.refed; }
  getsockname(out) { return this.native === null ? -9 : fill(out, binding.serverAddress(this.native)); }
}

// Binds a listener: a ServerHandle, or `-errno`.
function listenTcp(address, port, backlog, ipv6Only, reusePort) {
  const native = binding.tcpListen(address, port, backlog, ipv6Only, reusePort);
  return typeof native === 'number' ? native : new ServerHandle(native, 'tcp');
}

function listenPipe(path, backlog) {
  const native = binding.pipeListen(path, backlog);
  return typeof native === 'number' ? native : new ServerHandle(native, 'pipe');
}

module.exports = { StreamHandle, ServerHandle, listenTcp, listenPipe };
