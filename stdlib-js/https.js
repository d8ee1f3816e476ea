'use strict';
// node:https: node:http over node:tls (rustls). The client side: an Agent
// whose connections are TLS sockets (keep-alive pooled per host and TLS
// options), request/get; the server side: an http.Server whose
// connections come from a tls.Server.

const http = require('http');
const tls = require('tls');
const { ClientRequest } = http;
const { callableClass } = require('internal/util/callable_class');

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
  }

  createConnection(port, host, options) {
    if (port !== null && typeof port === 'object') {
      options = port;
    } else if (host !== null && typeof host === 'object') {
      options = { ...host, port };
    } else if (options === null || typeof options !== 'object') {
      options = { port, host };
    } else {
      options = { ...options, port, host };
    }
    if (options.servername === undefined && options.host && !require('net').isIP(options.host)) {
      options = { ...options, servername: options.host };
    }
    return tls.connect(options);
  }

  // Connections are shared only between requests with the same TLS options.
  getName(options = {}) {
    let name = super.getName(options);
    for (const key of ['ca', 'cert', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername', 'minVersion', 'maxVersion']) {
      name += ':';
      if (options[key] !== undefined) name += String(options[key]);
    }
    return name;
  }
}

const HttpsAgent = callableClass(Agent);
const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// The (url[, options][, cb]) forms of http.request, with https's agent.
function requestArgs(args) {
  const [input, options, cb] = args;
  if (typeof input === 'string' || input instanceof URL) {
    if (typeof options === 'function') return [input, { _defaultAgent: globalAgent }, options];
    return [input, { ...options, _defaultAgent: globalAgent }, cb];
  }
  return [{ ...input, _defaultAgent: globalAgent }, options];
}

function request(...args) {
  return new ClientRequest(...requestArgs(args));
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

class Server extends tls.Server {
  constructor(options = {}, requestListener = undefined) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    }
    super({ ALPNProtocols: ['http/1.1'], ...options });
    // The http server's request handling, fed each secure connection.
    this._httpServer = http.createServer(options);
    this._httpServer.on('request', (req, res) => this.emit('request', req, res));
    if (requestListener) this.on('request', requestListener);
    for (const name of ['checkContinue', 'checkExpectation', 'clientError', 'upgrade', 'connect']) {
      this._httpServer.on(name, (...args) => {
        if (this.listenerCount(name) > 0) this.emit(name, ...args);
        else if (name === 'clientError') args[1].destroy();
      });
    }
    this.on('secureConnection', (socket) => this._httpServer.emit('connection', socket));
  }

  setTimeout(msecs, callback) {
    this._httpServer.setTimeout(msecs, callback);
    return this;
  }

  closeAllConnections() { this._httpServer.closeAllConnections?.(); }
  closeIdleConnections() { this._httpServer.closeIdleConnections?.(); }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = {
  Agent: HttpsAgent,
  globalAgent,
  Server: callableClass(Server),
  createServer,
  get,
  request,
};
