'use strict';
// http.Agent (Node's _http_agent): sockets per origin ("host:port:localAddress").
// A request takes a free socket (lifo or fifo), or a new one while the origin
// has fewer than maxSockets, or waits in `requests`. A socket whose response
// ended with keep-alive comes back through 'free': it goes to the next
// waiting request, or into `freeSockets` (unref'd) up to maxFreeSockets.

const EventEmitter = require('events');
const net = require('net');
const { makeNodeError } = require('internal/errors');
const { callableClass } = require('internal/util/callable_class');

const kRequestOptions = Symbol('requestOptions');

function validateNumber(value, name, min) {
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (value < min || Number.isNaN(value)) throw makeNodeError('ERR_OUT_OF_RANGE', name, `>= ${min}`, value);
}

function once(fn) {
  let called = false;
  return (...args) => {
    if (called) return undefined;
    called = true;
    return fn(...args);
  };
}

class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    // So net does not take the agent's options for a pipe.
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets;
    this.totalSocketCount = 0;
    const buffer = this.options.agentKeepAliveTimeoutBuffer;
    this.agentKeepAliveTimeoutBuffer = typeof buffer === 'number' && buffer >= 0 && Number.isFinite(buffer) ? buffer : 1000;
    if (this.scheduling !== 'fifo' && this.scheduling !== 'lifo') {
      throw makeNodeError('ERR_INVALID_ARG_VALUE', 'scheduling', this.scheduling, "must be one of: 'fifo', 'lifo'");
    }
    if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
    else this.maxTotalSockets = Infinity;
    this.on('free', (socket, opts) => this.onFree(socket, opts));
  }

  onFree(socket, options) {
    const name = this.getName(options);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const requests = this.requests[name];
    if (requests && requests.length) {
      const req = requests.shift();
      setRequestSocket(this, req, socket);
      if (requests.length === 0) delete this.requests[name];
      return;
    }
    // Nobody waits: the socket is kept only if the exchange allows reuse.
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive) {
      socket.destroy();
      return;
    }
    const freeSockets = this.freeSockets[name] || [];
    const freeLen = freeSockets.length;
    let count = freeLen;
    if (this.sockets[name]) count += this.sockets[name].length;
    if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
        freeLen >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    this.freeSockets[name] = freeSockets;
    socket._httpMessage = null;
    this.removeSocket(socket, options);
    socket.once('error', freeSocketErrorListener);
    freeSockets.push(socket);
  }

  createConnection(...args) {
    return net.createConnection(...args);
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    if (options.socketPath) name += `:${options.socketPath}`;
    return name;
  }

  addRequest(req, options, port, localAddress) {
    // The old form: addRequest(req, host, port, localAddress).
    if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    normalizeServerName(options, req);
    const name = this.getName(options);
    if (!this.sockets[name]) this.sockets[name] = [];
    const freeSockets = this.freeSockets[name];
    let socket;
    if (freeSockets) {
      while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
      socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
      if (!freeSockets.length) delete this.freeSockets[name];
    }
    const freeLen = freeSockets ? freeSockets.length : 0;
    const sockLen = freeLen + this.sockets[name].length;
    if (socket) {
      this.reuseSocket(socket, req);
      setRequestSocket(this, req, socket);
      this.sockets[name].push(socket);
    } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (err, s) => {
        if (err) req.onSocket(s, err);
        else setRequestSocket(this, req, s);
      });
    } else {
      if (!this.requests[name]) this.requests[name] = [];
      // Kept to open a socket for it when one of another origin closes.
      req[kRequestOptions] = options;
      this.requests[name].push(req);
    }
  }

  createSocket(req, options, cb) {
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    normalizeServerName(options, req);
    const name = this.getName(options);
    options._agentKey = name;
    options.encoding = null;
    const oncreate = once((err, s) => {
      if (err) return cb(err);
      if (!this.sockets[name]) this.sockets[name] = [];
      this.sockets[name].push(s);
      this.totalSocketCount++;
      installListeners(this, s, options);
      cb(null, s);
    });
    if (this.keepAlive) {
      options.keepAlive = this.keepAlive;
      options.keepAliveInitialDelay = this.keepAliveMsecs;
    }
    const newSocket = this.createConnection(options, oncreate);
    if (newSocket) oncreate(null, newSocket);
  }

  removeSocket(s, options) {
    const name = this.getName(options);
    const sets = [this.sockets];
    // A destroyed socket leaves the free list too.
    if (!s.writable) sets.push(this.freeSockets);
    for (const sockets of sets) {
      if (sockets[name]) {
        const index = sockets[name].indexOf(s);
        if (index !== -1) {
          sockets[name].splice(index, 1);
          if (sockets[name].length === 0) delete sockets[name];
        }
      }
    }
    let req;
    if (this.requests[name] && this.requests[name].length) {
      req = this.requests[name][0];
    } else {
      // A request waiting for another origin gets the room this socket left.
      for (const prop of Object.keys(this.requests)) {
        if (this.sockets[prop] && this.sockets[prop].length) break;
        req = this.requests[prop][0];
        options = req[kRequestOptions];
        break;
      }
    }
    if (req && options) {
      req[kRequestOptions] = undefined;
      this.createSocket(req, options, (err, socket) => {
        if (err) req.onSocket(socket, err);
        else socket.emit('free');
      });
    }
  }

  keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    let agentTimeout = this.options.timeout || 0;
    let canKeepSocketAlive = true;
    const res = socket._httpMessage && socket._httpMessage.res;
    const hintHeader = res && res.headers['keep-alive'];
    const hint = hintHeader && /^timeout=(\d+)/.exec(hintHeader);
    if (hint) {
      // Give up the socket a little before the server says it will.
      let serverTimeout = Number.parseInt(hint[1], 10) * 1000 - this.agentKeepAliveTimeoutBuffer;
      serverTimeout = serverTimeout > 0 ? serverTimeout : 0;
      if (serverTimeout === 0) canKeepSocketAlive = false;
      else if (serverTimeout < agentTimeout) agentTimeout = serverTimeout;
    }
    if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
    return canKeepSocketAlive;
  }

  reuseSocket(socket, req) {
    socket.removeListener('error', freeSocketErrorListener);
    req.reusedSocket = true;
    socket.ref();
  }

  destroy() {
    for (const set of [this.freeSockets, this.sockets]) {
      for (const key of Object.keys(set)) {
        for (const socket of set[key]) socket.destroy();
      }
    }
  }
}

Agent.defaultMaxSockets = Infinity;

function freeSocketErrorListener() {
  this.destroy();
  this.emit('agentRemove');
}

function normalizeServerName(options, req) {
  if (!options.servername && options.servername !== '') options.servername = serverName(options, req);
}

/// The TLS server name a connection would use: the Host header's host, not an IP.
function serverName(options, req) {
  let servername = options.host;
  const hostHeader = req.getHeader('host');
  if (hostHeader) {
    if (typeof hostHeader !== 'string') {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.headers.host', 'string', hostHeader);
    }
    if (hostHeader[0] === '[') {
      const index = hostHeader.indexOf(']');
      servername = index === -1 ? hostHeader : hostHeader.substring(1, index);
    } else {
      servername = hostHeader.split(':', 1)[0];
    }
  }
  if (net.isIP(servername)) servername = '';
  return servername;
}

function installListeners(agent, s, options) {
  function onFree() {
    agent.emit('free', s, options);
  }
  s.on('free', onFree);
  // Every socket error ends in 'close': the one place a socket leaves the agent.
  function onClose() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  s.on('close', onClose);
  function onTimeout() {
    const sockets = agent.freeSockets;
    if (Object.keys(sockets).some((name) => sockets[name].includes(s))) s.destroy();
  }
  s.on('timeout', onTimeout);
  // An upgraded socket leaves the pool for good.
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('agentRemove', onRemove);
}

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

// Callable without `new`, as Node's Agent is.
const CallableAgent = callableClass(Agent);

module.exports = {
  Agent: CallableAgent,
  globalAgent: new CallableAgent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
};
