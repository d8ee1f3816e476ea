'use strict';
// http.Server (Node's _http_server): a net.Server whose connections are read
// by a request parser. Requests on one connection are answered in order:
// each response waits in `state.outgoing` until the one before it finished.
// Malformed input gets 'clientError' (or Node's 400/408/431 reply), and a
// periodic check enforces headersTimeout and requestTimeout.

const net = require('net');
const { makeNodeError } = require('internal/errors');
const { callableClass } = require('internal/util/callable_class');
const { HTTPParser, kIncomingMessage, kOnTimeout, parsers, freeParser } = require('internal/http/parser');
const { IncomingMessage } = require('internal/http/incoming');
const { kNeedDrain, kUniqueHeaders } = require('internal/http/outgoing');
const { ServerResponse } = require('internal/http/server_response');
const { STATUS_CODES, continueExpression } = require('internal/http/common');

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
// Sockets are kept a second past the advertised keep-alive timeout, so a
// client reusing one at the last moment does not race its closing.
const KEEP_ALIVE_TIMEOUT_BUFFER = 1000;

function reply(status) {
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`;
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER) {
  if (typeof value !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw makeNodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min) throw makeNodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'boolean', value);
}

function optional(options, name, check, fallback) {
  const value = options[name];
  if (value === undefined) return fallback;
  check(value, `options.${name}`);
  return value;
}

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  this.maxHeaderSize = optional(options, 'maxHeaderSize', (v, n) => validateInteger(v, n, 0), undefined);
  this.requestTimeout = optional(options, 'requestTimeout', (v, n) => validateInteger(v, n, 0), 300000);
  this.headersTimeout =
    optional(options, 'headersTimeout', (v, n) => validateInteger(v, n, 0), Math.min(60000, this.requestTimeout));
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw makeNodeError('ERR_OUT_OF_RANGE', 'headersTimeout', '<= requestTimeout', this.headersTimeout);
  }
  this.connectionsCheckingInterval =
    optional(options, 'connectionsCheckingInterval', (v, n) => validateInteger(v, n, 0), 30000);
  this.requireHostHeader = optional(options, 'requireHostHeader', validateBoolean, true);
  this.joinDuplicateHeaders = optional(options, 'joinDuplicateHeaders', validateBoolean, false);
  this.rejectNonStandardBodyWrites = optional(options, 'rejectNonStandardBodyWrites', validateBoolean, false);
  this.insecureHTTPParser = optional(options, 'insecureHTTPParser', validateBoolean, undefined);
  this.keepAliveTimeout = optional(options, 'keepAliveTimeout', (v, n) => validateInteger(v, n, 0), 5000);
}

class Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else if (typeof options !== 'object' || Array.isArray(options)) {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
    }
    super({
      allowHalfOpen: true,
      noDelay: options.noDelay === undefined ? true : options.noDelay,
      keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay,
      highWaterMark: options.highWaterMark,
    });
    storeHTTPOptions.call(this, options);
    if (requestListener) this.on('request', requestListener);
    // Node's default: a connection the client half-closed is ended by the server.
    this.httpAllowHalfOpen = false;
    this.on('connection', connectionListener);
    this.on('listening', setupConnectionsTracking);
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this[kConnections] = new Set();
    this[kUniqueHeaders] = uniqueHeaders(options.uniqueHeaders);
  }

  close(...args) {
    this.closeIdleConnections();
    clearInterval(this[kConnectionsCheckingInterval]);
    super.close(...args);
    return this;
  }

  closeAllConnections() {
    for (const socket of this[kConnections]) socket.destroy();
  }

  closeIdleConnections() {
    for (const socket of this[kConnections]) {
      if (isIdle(socket)) socket.destroy();
    }
  }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on('timeout', callback);
    return this;
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

function uniqueHeaders(list) {
  if (list === undefined || list === null) return null;
  if (!Array.isArray(list)) throw makeNodeError('ERR_INVALID_ARG_TYPE', 'options.uniqueHeaders', 'Array', list);
  return new Set(list.map((h) => h.toLowerCase()));
}

/// A connection with no request being read and no response being written.
function isIdle(socket) {
  const state = socket[kConnections];
  if (!state) return true;
  return betweenMessages(socket, state) && state.incoming.length === 0 && !socket._httpMessage;
}

function setupConnectionsTracking() {
  clearInterval(this[kConnectionsCheckingInterval]);
  if (this.connectionsCheckingInterval > 0 && (this.headersTimeout > 0 || this.requestTimeout > 0)) {
    this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
  }
}

/// Ends connections whose request head or whole request is overdue (408).
function checkConnections() {
  const now = Date.now();
  for (const socket of this[kConnections]) {
    const state = socket[kConnections];
    if (!state || betweenMessages(socket, state)) continue;
    const waited = now - state.receivingSince;
    if ((!state.headersDone && this.headersTimeout > 0 && waited > this.headersTimeout) ||
        (this.requestTimeout > 0 && waited > this.requestTimeout)) {
      state.receiving = false;
      socketOnError.call(socket, makeNodeError('ERR_HTTP_REQUEST_TIMEOUT'));
    }
  }
}

function noop() {}

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

function connectionListenerInternal(server, socket) {
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  const parser = parsers.alloc();
  parser.initialize(HTTPParser.REQUEST, {}, server.maxHeaderSize || 0);
  parser[kOnTimeout] = () => onParserTimeout(server, socket);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;
  const state = {
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    outgoing: [],
    incoming: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    // A connection counts as receiving a request from its start (headersTimeout runs from there).
    receiving: true,
    receivingSince: Date.now(),
    headersDone: false,
  };
  socket[kConnections] = state;
  server[kConnections].add(socket);
  state.onData = (d) => socketOnData(server, socket, parser, state, d);
  state.onEnd = () => socketOnEnd(server, socket, parser, state);
  state.onClose = () => socketOnClose(server, socket, state);
  state.onDrain = () => socketOnDrain(socket, state);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  parser.onIncoming = (req, keepAlive) => parserOnIncoming(server, socket, state, req, keepAlive);
  // The request timers stop when a message is read whole (the pool resets this callback).
  const onMessageComplete = parser[HTTPParser.kOnMessageComplete];
  parser[HTTPParser.kOnMessageComplete] = function () {
    state.receiving = false;
    onMessageComplete.call(this);
  };
  // The parser reads bytes: a decoding socket would hand it strings.
  socket.setEncoding = socketSetEncoding;
  socket._paused = false;
}

function socketSetEncoding() {
  throw makeNodeError('ERR_HTTP_SOCKET_ENCODING');
}

/// Whether the connection is between messages (the last one read whole).
function betweenMessages(socket, state) {
  return !state.receiving;
}

function socketOnData(server, socket, parser, state, d) {
  if (betweenMessages(socket, state)) {
    state.receiving = true;
    state.receivingSince = Date.now();
    state.headersDone = false;
  }
  let ret = parser.execute(d);
  // An upgrade nobody listens for is an ordinary request: parsing goes on after it.
  while (typeof ret === 'number' && ret < d.length && parser.incoming && !parser.incoming.upgrade && socket.parser) {
    parser.reset();
    d = d.subarray(ret);
    ret = parser.execute(d);
  }
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  resetSocketTimeout(server, socket, state);
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    const req = parser.incoming;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    server[kConnections].delete(socket);
    freeParser(parser, req, socket);
    if (server.listenerCount(eventName) > 0) {
      const bodyHead = d.subarray(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      // CONNECT with nobody to take it.
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    socket.destroy();
  }
}

function onParserTimeout(server, socket) {
  if (!server.emit('timeout', socket)) socket.destroy();
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (!server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnClose(server, socket, state) {
  server[kConnections].delete(socket);
  freeParser(socket.parser, null, socket);
  abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    const err = new Error('aborted');
    err.code = 'ECONNRESET';
    req.destroy(err);
  }
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  // Reading stopped while responses piled up; it goes on once they drained.
  if (socket._paused && !needPause) {
    socket._paused = false;
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnError(e) {
  // Later errors are not reported again.
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    // A reply only if no response bytes went out on this connection yet.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let status = 400;
      if (e.code === 'HPE_HEADER_OVERFLOW') status = 431;
      else if (e.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') status = 413;
      else if (e.code === 'ERR_HTTP_REQUEST_TIMEOUT') status = 408;
      this.write(reply(status));
    }
    this.destroy(e);
  }
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);
  state.headersDone = true;
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 0;
  }
  state.incoming.push(req);
  // Responses not yet written pile up: stop reading more requests until they drain.
  if (!socket._paused) {
    const ws = socket._writableState;
    if ((ws && ws.needDrain) || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = (delta) => updateOutgoingData(socket, state, delta);
  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', () => resOnFinish(req, res, socket, state, server));
  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // RFC 9112 §3.2: an HTTP/1.1 request without Host gets 400.
    if (server.requireHostHeader && req.headers.host === undefined) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const limited = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
    if (limited) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (limited && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (req.headers.expect !== undefined) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return 0;
}

function resOnFinish(req, res, socket, state, server) {
  if (state.incoming[0] === req) state.incoming.shift();
  // A body nobody read is drained, so the next request can be parsed.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout + KEEP_ALIVE_TIMEOUT_BUFFER);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();
    if (next) next.assignSocket(socket);
  }
}

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket && req.socket.parser;
  if (parser && parser.incoming === req) {
    if (req.readableEnded) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

module.exports = {
  // Callable without `new`, as Node's Server is.
  Server: callableClass(Server),
  connectionListener,
  setupConnectionsTracking,
  storeHTTPOptions,
  kServerResponse,
  kConnectionsCheckingInterval,
};
