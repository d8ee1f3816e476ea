'use strict';
// The JavaScript face of runtime/ops/http_parser: one parser per connection
// (Node's HTTPParser), whose callbacks the server and the client set. The
// native answers the events a chunk of bytes completed; they are delivered
// here in order, stopping early if a callback freed the parser.

const binding = internalBinding('http_parser');
const { IncomingMessage, readStart, readStop } = require('internal/http/incoming');
const { maxHeaderSize: defaultMaxHeaderSize } = require('internal/http/common');

const kIncomingMessage = Symbol('IncomingMessage');

// Node's binding calls a parser's callbacks under these numeric keys.
const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

// Methods as Node's binding numbers them (llhttp's order).
const methods = [
  'DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL', 'MOVE',
  'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT', 'MKACTIVITY',
  'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE', 'MKCALENDAR',
  'LINK', 'UNLINK', 'SOURCE', 'QUERY',
];

const HEAD = 0;
const BODY = 1;
const COMPLETE = 2;
const UPGRADE = 3;
const FAILED = -1;

/// Node's llhttp error: 'Parse Error: <reason>' with code, reason, bytesParsed and rawPacket.
function parseError(code, reason, bytesParsed, rawPacket) {
  const err = new Error(`Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  if (rawPacket !== undefined) err.rawPacket = rawPacket;
  return err;
}

class HTTPParser {
  static REQUEST = 1;
  static RESPONSE = 2;
  static kOnMessageBegin = kOnMessageBegin;
  static kOnHeaders = kOnHeaders;
  static kOnHeadersComplete = kOnHeadersComplete;
  static kOnBody = kOnBody;
  static kOnMessageComplete = kOnMessageComplete;
  static kOnExecute = kOnExecute;
  static kOnTimeout = kOnTimeout;
  static kLenientNone = 0;

  constructor() {
    this.handle = null;
    this.type = 0;
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    // Header fields and values kept per message (Node's default: 2000).
    this.maxHeaderPairs = 2000;
    this._headers = [];
    this.joinDuplicateHeaders = false;
    this.onIncoming = null;
    this[kOnHeaders] = null;
    this[kOnHeadersComplete] = parserOnHeadersComplete;
    this[kOnBody] = parserOnBody;
    this[kOnMessageComplete] = parserOnMessageComplete;
    this[kOnExecute] = null;
    this[kOnTimeout] = null;
  }

  /// Node's signature: (type, asyncResource, maxHeaderSize, lenientFlags); 0 is the default size.
  initialize(type, resource, maxHeaderSize) {
    this.type = type;
    this.handle = binding.parserNew(type === HTTPParser.REQUEST, maxHeaderSize || defaultMaxHeaderSize());
  }

  /// The response to come answers a HEAD (no body) or a CONNECT (2xx hands the socket over).
  expectResponseTo(method) {
    if (this.handle) binding.setAsked(this.handle, method === 'HEAD' ? 1 : method === 'CONNECT' ? 2 : 0);
  }

  /// Parses `data`: the bytes taken (less than its length after an upgrade), or an Error.
  execute(data) {
    if (!(this instanceof HTTPParser)) throw new TypeError('Illegal invocation');
    if (!this.handle) return 0;
    return this.deliver(binding.execute(this.handle, data), data);
  }

  /// The connection ended: completes a body read until close, or an Error for a cut message.
  finish() {
    if (!this.handle) return 0;
    return this.deliver(binding.finish(this.handle), undefined);
  }

  /// Parse again from a message's start (after an upgrade nobody took).
  reset() {
    if (this.handle) binding.reset(this.handle);
  }

  deliver(events, data) {
    const handle = this.handle;
    for (const event of events) {
      if (this.handle !== handle) break;
      switch (event[0]) {
        case HEAD: {
          const [, method, url, major, minor, headers, statusCode, statusMessage, upgrade, keepAlive] = event;
          this[kOnHeadersComplete](major, minor, headers,
            method ? methods.indexOf(method) : undefined, this.type === HTTPParser.REQUEST ? url : undefined,
            this.type === HTTPParser.RESPONSE ? statusCode : undefined,
            this.type === HTTPParser.RESPONSE ? statusMessage : undefined, upgrade, keepAlive);
          break;
        }
        case BODY:
          if (this[kOnBody]) this[kOnBody](event[1]);
          break;
        case COMPLETE:
          this._headers = event[1];
          if (this[kOnMessageComplete]) this[kOnMessageComplete]();
          break;
        case UPGRADE:
          return event[1];
        case FAILED:
          return parseError(event[1], event[2], event[3], data);
      }
    }
    return data === undefined ? 0 : data.length;
  }

  /// Frees the native parser; later calls do nothing.
  free() {
    this.handle = null;
    this._headers = [];
    this.joinDuplicateHeaders = null;
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.onHeadersComplete = null;
    this.onBody = null;
    this.onMessageComplete = null;
    this.onIncoming = null;
    this[kOnTimeout] = null;
  }

  close() {
    this.handle = null;
  }

  // The native parser reads every chunk it is given; pausing is the socket's.
  pause() {}
  resume() {}
}

/// A head arrived: a new IncomingMessage for it, handed to onIncoming (the server's or the client's).
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode, statusMessage,
  upgrade, shouldKeepAlive) {
  const socket = this.socket;
  const server = socket && socket.server;
  const Incoming = (server && server[kIncomingMessage]) || IncomingMessage;
  const incoming = this.incoming = new Incoming(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = (server && server.joinDuplicateHeaders) || this.joinDuplicateHeaders;
  incoming.url = url === undefined ? '' : url;
  incoming.upgrade = upgrade;
  let n = headers.length;
  if (this.maxHeaderPairs > 0) n = Math.min(n, this.maxHeaderPairs);
  incoming._addHeaderLines(headers, n);
  if (typeof method === 'number') incoming.method = methods[method];
  else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return this.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(chunk) {
  const stream = this.incoming;
  if (stream === null || stream._dumped) return;
  // A full buffer stops the socket until the body is read (IncomingMessage._read).
  if (!stream.push(chunk)) readStop(this.socket);
}

function parserOnMessageComplete() {
  const stream = this.incoming;
  if (stream !== null) {
    stream.complete = true;
    const trailers = this._headers;
    if (trailers.length) {
      stream._addHeaderLines(trailers, trailers.length);
      this._headers = [];
    }
    stream.push(null);
  }
  // The next message is read whether or not this body was.
  readStart(this.socket);
}

/// Node's pool of idle parsers (up to setMaxIdleHTTPParsers): a connection
/// takes one, with the default callbacks, and gives it back when done.
const parsers = {
  name: 'parsers',
  max: 1000,
  list: [],
  alloc() {
    const parser = this.list.length ? this.list.pop() : new HTTPParser();
    parser[kOnHeadersComplete] = parserOnHeadersComplete;
    parser[kOnBody] = parserOnBody;
    parser[kOnMessageComplete] = parserOnMessageComplete;
    parser.maxHeaderPairs = 2000;
    return parser;
  },
  free(parser) {
    if (this.list.length < this.max && !this.list.includes(parser)) this.list.push(parser);
  },
};

/// Releases a connection's parser (Node's freeParser).
function freeParser(parser, req, socket) {
  if (parser) {
    parser.free();
    parsers.free(parser);
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

module.exports = { HTTPParser, parseError, kIncomingMessage, methods, parsers, freeParser, kOnTimeout };
