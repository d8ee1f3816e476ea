'use strict';
// http.ClientRequest (Node's _http_client): a request written on a socket
// from an Agent (or from options.createConnection, or a new connection), and
// the response parser on that socket. A response that ends with keep-alive
// hands the socket back to the agent ('free').

const net = require('net');
const { makeNodeError, AbortError } = require('internal/errors');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('internal/http/outgoing');
const { HTTPParser, parsers, freeParser } = require('internal/http/parser');
const { checkIsHttpToken } = require('internal/http/common');
const agentModule = require('internal/http/agent');
const { finished } = require('stream');
const { urlToHttpOptions } = require('url');

const INVALID_PATH = /[^\u0021-\u00ff]/;
const kError = Symbol('kError');
const kPath = Symbol('kPath');

function connResetException(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', `options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function getTimerDuration(msecs, name) {
  if (typeof msecs !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', msecs);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw makeNodeError('ERR_OUT_OF_RANGE', name, 'a non-negative finite number', msecs);
  }
  return msecs;
}

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === 'string') {
      input = urlToHttpOptions(new URL(input));
    } else if (input instanceof URL) {
      input = urlToHttpOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = input || {};
    } else {
      options = Object.assign(input || {}, options);
    }
    let agent = options.agent;
    const defaultAgent = options._defaultAgent || agentModule.globalAgent;
    if (agent === false) {
      agent = new defaultAgent.constructor();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
      if (!options.defaultPort) options.defaultPort = agent && agent.defaultPort;
    } else if (typeof agent.addRequest !== 'function') {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;
    const protocol = options.protocol || defaultAgent.protocol;
    const expectedProtocol = (this.agent && this.agent.protocol) || defaultAgent.protocol;
    if (options.path) {
      if (INVALID_PATH.test(String(options.path))) throw makeNodeError('ERR_UNESCAPED_CHARACTERS', 'Request path');
    }
    if (protocol !== expectedProtocol) throw makeNodeError('ERR_INVALID_PROTOCOL', protocol, expectedProtocol);
    const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
    const opts = { __proto__: null, ...options };
    const port = opts.port = options.port || defaultPort || 80;
    const host = opts.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
    // setDefaultHeaders: false leaves out Host, Connection and the body's length headers.
    const setDefaultHeaders = options.setDefaultHeaders !== false;
    const setHost = options.setHost === undefined ? setDefaultHeaders : Boolean(options.setHost);
    this.socketPath = options.socketPath;
    if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');
    const signal = options.signal;
    if (signal) {
      addAbortSignal(signal, this);
      delete opts.signal;
    }
    let method = options.method;
    if (method !== null && method !== undefined && typeof method !== 'string') {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.method', 'string', method);
    }
    if (method) {
      if (!checkIsHttpToken(method)) throw makeNodeError('ERR_INVALID_HTTP_TOKEN', 'Method', method);
      method = this.method = method.toUpperCase();
    } else {
      method = this.method = 'GET';
    }
    const headerLimit = options.maxHeaderSize;
    if (headerLimit !== undefined && (typeof headerLimit !== 'number' || !Number.isInteger(headerLimit) || headerLimit < 0)) {
      throw makeNodeError(typeof headerLimit !== 'number' ? 'ERR_INVALID_ARG_TYPE' : 'ERR_OUT_OF_RANGE',
        'maxHeaderSize', typeof headerLimit !== 'number' ? 'number' : '>= 0', headerLimit);
    }
    this.maxHeaderSize = headerLimit;
    for (const name of ['insecureHTTPParser', 'joinDuplicateHeaders']) {
      if (options[name] !== undefined && typeof options[name] !== 'boolean') {
        throw makeNodeError('ERR_INVALID_ARG_TYPE', `options.${name}`, 'boolean', options[name]);
      }
    }
    this.insecureHTTPParser = options.insecureHTTPParser;
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    this.path = options.path || '/';
    if (cb) this.once('response', cb);
    // Methods that usually carry no body are not chunked unless a body is written with a length unknown.
    this.useChunkedEncodingByDefault = !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(method);
    this._ended = false;
    this.res = null;
    this.aborted = false;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.host = host;
    this.protocol = protocol;
    if (this.agent) {
      // Keep-alive only if the agent will reuse the socket.
      if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
        this._last = true;
        this.shouldKeepAlive = false;
      } else {
        this._last = false;
        this.shouldKeepAlive = true;
      }
    }
    if (!setDefaultHeaders) {
      this._removedConnection = true;
      this._removedContLen = true;
      this._removedTE = true;
    }
    if (!Array.isArray(options.headers)) {
      if (options.headers) {
        for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
      }
      if (host && !this.getHeader('host') && setHost) {
        let hostHeader = host;
        // An IPv6 address goes in brackets (RFC 3986 §3.2.2).
        const colon = hostHeader.indexOf(':');
        if (colon !== -1 && hostHeader.includes(':', colon + 1) && hostHeader.charCodeAt(0) !== 91) {
          hostHeader = `[${hostHeader}]`;
        }
        if (port && +port !== defaultPort) hostHeader += `:${port}`;
        this.setHeader('Host', hostHeader);
      }
      if (options.auth && !this.getHeader('Authorization')) {
        this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
      }
      if (this.getHeader('expect')) {
        if (this._header) throw makeNodeError('ERR_HTTP_HEADERS_SENT', 'render');
        this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
      }
    } else {
      this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, options.headers);
    }
    if (this.agent) {
      this.agent.addRequest(this, opts);
    } else {
      this._last = true;
      this.shouldKeepAlive = false;
      let connectOptions = opts;
      if (opts.path || opts.socketPath) {
        connectOptions = { ...opts };
        if (opts.socketPath) connectOptions.path = opts.socketPath;
        else connectOptions.path = undefined;
      }
      if (typeof connectOptions.createConnection === 'function') {
        let done = false;
        const oncreate = (err, socket) => {
          if (done) return;
          done = true;
          if (err) process.nextTick(() => this.emit('error', err));
          else this.onSocket(socket);
        };
        try {
          const socket = connectOptions.createConnection(connectOptions, oncreate);
          if (socket) oncreate(null, socket);
        } catch (err) {
          oncreate(err);
        }
      } else {
        this.onSocket(net.createConnection(connectOptions));
      }
    }
  }

  get path() {
    return this[kPath];
  }

  // Checked at every change, not only in the constructor: the path goes into the head as it is.
  set path(value) {
    if (INVALID_PATH.test(String(value))) throw makeNodeError('ERR_UNESCAPED_CHARACTERS', 'Request path');
    this[kPath] = value;
  }

  _implicitHeader() {
    if (this._header) throw makeNodeError('ERR_HTTP_HEADERS_SENT', 'render');
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    // An aborted request wants no more of its response.
    if (this.res) this.res._dump();
    this[kError] = err;
    if (this.socket) this.socket.destroy(err);
    return this;
  }

  onSocket(socket, err) {
    process.nextTick(onSocketNT, this, socket, err);
  }

  setTimeout(msecs, callback) {
    if (this._ended) return this;
    listenSocketTimeout(this);
    msecs = getTimerDuration(msecs, 'msecs');
    if (callback) this.once('timeout', callback);
    if (this.socket) setSocketTimeout(this.socket, msecs);
    else this.once('socket', (sock) => setSocketTimeout(sock, msecs));
    return this;
  }

  setNoDelay(noDelay) {
    this._deferToConnect('setNoDelay', [noDelay]);
  }

  setSocketKeepAlive(enable, initialDelay) {
    this._deferToConnect('setKeepAlive', [enable, initialDelay]);
  }

  clearTimeout(cb) {
    this.setTimeout(0, cb);
  }

  _deferToConnect(method, args) {
    // Socket calls wait for the socket to be assigned and connected.
    const call = () => {
      if (method) this.socket[method](...args);
    };
    const onSocket = () => {
      if (this.socket.writable) call();
      else this.socket.once('connect', call);
    };
    if (!this.socket) this.once('socket', onSocket);
    else onSocket();
  }
}

function addAbortSignal(signal, req) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.signal', 'AbortSignal', signal);
  }
  const onAbort = () => req.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function setSocketTimeout(sock, msecs) {
  if (sock.connecting) sock.once('connect', () => sock.setTimeout(msecs));
  else sock.setTimeout(msecs);
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    const destroy = (error) => {
      if (!req.aborted && !error) error = connResetException('socket hang up');
      if (error) req.emit('error', error);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        finished(socket.destroy(err || req[kError]), (er) => {
          if (er && er.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
          destroy(er || err);
        });
        return;
      }
    }
    destroy(err || req[kError]);
  } else {
    tickOnSocket(req, socket);
    req._flush();
  }
}

function tickOnSocket(req, socket) {
  const parser = parsers.alloc();
  req.socket = socket;
  parser.initialize(HTTPParser.RESPONSE, {}, req.maxHeaderSize || 0);
  parser.expectResponseTo(req.method);
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount << 1;
  parser.joinDuplicateHeaders = req.joinDuplicateHeaders;
  parser.onIncoming = parserOnIncomingClient;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    // The socket closed before the response's end.
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!req.socket._hadError) {
      // Closed before any response: the request fails.
      req.socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  if (req) {
    // Later errors of this socket are not the request's.
    req.socket._hadError = true;
    req.emit('error', err);
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!req.res && !req.socket._hadError) {
    // The server ended the connection without answering.
    req.socket._hadError = true;
    req.emit('error', connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

function socketOnData(d) {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  const ret = parser.execute(d);
  if (ret instanceof Error) {
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    req.socket._hadError = true;
    req.emit('error', ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    // 101 Switching Protocols, or the answer to a CONNECT.
    const res = parser.incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    parser.finish();
    freeParser(parser, req, socket);
    const bodyHead = d.subarray(ret, d.length);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.complete && !statusIsInformational(parser.incoming.statusCode)) {
    // The response is read (a 1xx is followed by the real one).
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

function parserOnIncomingClient(res, shouldKeepAlive) {
  const socket = this.socket;
  const req = socket._httpMessage;
  if (req.res) {
    // A second response to one request.
    socket.destroy();
    return 0;
  }
  req.res = res;
  if (res.upgrade) return 2;
  if (req.method === 'CONNECT') {
    res.upgrade = true;
    return 2;
  }
  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return 1;
  }
  // The server must say keep-alive for the socket to be reused.
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  res.req = req;
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  // Without a 'response' listener the body is drained.
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (req.method === 'HEAD') return 1;
  if (res.statusCode === 304) {
    res.complete = true;
    return 1;
  }
  return 0;
}

function responseKeepAlive(req) {
  const socket = req.socket;
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  // The socket is offered to the agent after the user's 'end' handlers ran.
  process.nextTick(emitFreeNT, req);
  req.destroyed = true;
  // The response no longer owns the socket the agent may hand on.
  if (req.res) req.res.socket = null;
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (req && req.res) req.res.emit('timeout');
}

// The whole response may arrive before the request is fully sent.
function requestOnFinish() {
  if (this.shouldKeepAlive && this._ended) responseKeepAlive(this);
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) req.socket.emit('free');
}

module.exports = { ClientRequest };
