'use strict';
// net.Server: listens on a TCP port or a Unix socket path (runtime/ops/net)
// and makes a net.Socket for each connection it accepts.

const EventEmitter = require('events');
const { isIP } = require('internal/net/ip');
const { listenTcp, listenPipe } = require('internal/net/handle');
const {
  Socket, normalizeArgs, toNumber, isPipeName, kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay,
} = require('internal/net/socket');
const {
  makeNodeError, uvExceptionWithHostPort, errnoException, validatePort,
} = require('internal/net/errors');
const { validateNumber } = require('internal/events/validate');

const kDefaultIPv6 = '::';
const kDefaultIPv4 = '0.0.0.0';

class Server extends EventEmitter {
  constructor(options = undefined, connectionListener = undefined) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options == null || typeof options === 'object') {
      options = { ...options };
    } else {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
    }
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this._listeningId = 1;
    this._pipeName = undefined;
    this._connectionKey = undefined;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    // In seconds, as the handle takes it.
    this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0) / 1000);
    if (options.highWaterMark !== undefined) {
      validateNumber(options.highWaterMark, 'options.highWaterMark', 0);
      this.highWaterMark = options.highWaterMark;
    }
    this.maxConnections = undefined;
    if (options.blockList) {
      if (!require('internal/net/blocklist').BlockList.isBlockList(options.blockList)) {
        throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.blockList', 'net.BlockList', options.blockList);
      }
      this.blockList = options.blockList;
    }
  }

  get listening() {
    return this._handle !== null && this._connectionKey !== undefined;
  }

  listen(...args) {
    const normalized = normalizeArgs(args);
    let options = normalized[0];
    const cb = normalized[1];
    if (this._handle) throw makeNodeError('ERR_SERVER_ALREADY_LISTEN');
    if (cb !== null) this.once('listening', cb);
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
    options = options._handle || options.handle || options;
    if (options.signal !== undefined) this._listenSignal(options.signal);
    if (typeof options.fd === 'number' && options.fd >= 0) {
      throw makeNodeError('ERR_INVALID_FD_TYPE', 'sous: listening on an inherited fd is not supported');
    }
    if (args.length === 0 || typeof args[0] === 'function' ||
        (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
      options.port = 0;
    }
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      validatePort(options.port, 'options.port');
      const backlog = options.backlog || backlogFromArgs;
      if (options.reusePort === true) options.exclusive = true;
      const flags = { ipv6Only: Boolean(options.ipv6Only), reusePort: Boolean(options.reusePort) };
      if (options.host) lookupAndListen(this, options.port | 0, options.host, backlog, flags);
      else this._setupListenHandle(null, options.port | 0, 4, backlog, flags);
      return this;
    }
    if (options.path && isPipeName(options.path)) {
      this._pipeName = options.path;
      const backlog = options.backlog || backlogFromArgs;
      this._setupListenHandle(options.path, -1, -1, backlog, {});
      if (this._handle && (options.readableAll || options.writableAll)) {
        const mode = 0o600 | (options.readableAll ? 0o044 : 0) | (options.writableAll ? 0o022 : 0);
        require('fs').chmodSync(options.path, mode);
      }
      return this;
    }
    if (!('port' in options) && !('path' in options)) {
      throw makeNodeError('ERR_INVALID_ARG_VALUE', 'options', options, 'must have the property "port" or "path"');
    }
    throw makeNodeError('ERR_INVALID_ARG_VALUE', 'options', options);
  }

  _listenSignal(signal) {
    require('internal/events/validate').validateAbortSignal(signal, 'options.signal');
    const onAborted = () => this.close();
    if (signal.aborted) process.nextTick(onAborted);
    else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  // Binds and listens; an error is emitted on the next tick, as Node's.
  _setupListenHandle(address, port, addressType, backlog, flags) {
    let handle;
    if (addressType === -1) {
      handle = listenPipe(address, backlog || 511);
    } else if (!address) {
      // The unspecified IPv6 address takes IPv4 too; IPv4's if there is no IPv6.
      handle = listenTcp(kDefaultIPv6, port, backlog || 511, flags.ipv6Only, flags.reusePort);
      address = kDefaultIPv6;
      addressType = 6;
      if (typeof handle === 'number' && handle === -97 /* EAFNOSUPPORT */) {
        handle = listenTcp(kDefaultIPv4, port, backlog || 511, false, flags.reusePort);
        address = kDefaultIPv4;
        addressType = 4;
      }
    } else {
      handle = listenTcp(address, port, backlog || 511, flags.ipv6Only, flags.reusePort);
    }
    if (typeof handle === 'number') {
      const error = uvExceptionWithHostPort(handle, 'listen', address, port);
      process.nextTick(() => this.emit('error', error));
      return;
    }
    handle.onconnection = (status, client) => onconnection(this, status, client);
    const status = handle.listen();
    if (status < 0) {
      handle.close();
      const error = uvExceptionWithHostPort(status, 'listen', address, port);
      process.nextTick(() => this.emit('error', error));
      return;
    }
    this._handle = handle;
    handle.owner = this;
    this._connectionKey = `${addressType}:${address}:${port}`;
    if (this._unref) handle.unref();
    process.nextTick(() => {
      if (this._handle) this.emit('listening');
    });
  }

  address() {
    if (this._handle) {
      const out = {};
      if (this._handle.getsockname(out) !== 0) return {};
      return this._pipeName ? out.address : out;
    }
    if (this._pipeName) return this._pipeName;
    return null;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', () => cb(makeNodeError('ERR_SERVER_NOT_RUNNING')));
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    // A lookup still under way must not listen any more.
    this._listeningId++;
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(() => {
      this.emit('close');
    });
  }

  getConnections(cb) {
    process.nextTick(cb, null, this._connections);
    return this;
  }

  ref() {
    this._unref = false;
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    this._unref = true;
    if (this._handle) this._handle.unref();
    return this;
  }

  [Symbol.asyncDispose]() {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'connection') sock.destroy(err);
  else this.emit('error', err);
};

function lookupAndListen(server, port, address, backlog, flags) {
  const family = isIP(address);
  if (family) {
    server._setupListenHandle(address, port, family, backlog, flags);
    return;
  }
  const listeningId = server._listeningId;
  require('dns').lookup(address, (err, ip, addressType) => {
    if (listeningId !== server._listeningId) return;
    if (err) {
      server.emit('error', err);
      return;
    }
    server._setupListenHandle(ip, port, addressType, backlog, flags);
  });
}

function onconnection(server, status, client) {
  if (status < 0) {
    server.emit('error', errnoException(status, 'accept'));
    return;
  }
  if (server.maxConnections != null && server._connections >= server.maxConnections) {
    const data = {};
    const local = {};
    const peer = {};
    if (client.getsockname(local) === 0) {
      data.localAddress = local.address;
      data.localPort = local.port;
      data.localFamily = local.family;
    }
    if (client.getpeername(peer) === 0) {
      data.remoteAddress = peer.address;
      data.remotePort = peer.port;
      data.remoteFamily = peer.family;
    }
    client.close();
    server.emit('drop', data);
    return;
  }
  if (server.blockList) {
    const peer = {};
    client.getpeername(peer);
    const type = isIP(peer.address);
    if (type && server.blockList.check(peer.address, `ipv${type}`)) {
      client.close();
      return;
    }
  }
  if (server.noDelay && client.setNoDelay) client.setNoDelay(true);
  if (server.keepAlive && client.setKeepAlive) client.setKeepAlive(true, server.keepAliveInitialDelay);
  const socket = new Socket({
    handle: client,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
    highWaterMark: server.highWaterMark,
  });
  socket[kSetNoDelay] = server.noDelay;
  socket[kSetKeepAlive] = server.keepAlive;
  socket[kSetKeepAliveInitialDelay] = server.keepAliveInitialDelay;
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

module.exports = { Server, createServer };
