'use strict';
// The JavaScript face of runtime/ops/http_parser: one parser per connection
// (Node's HTTPParser), whose callbacks the server and the client set. The
// native answers the events a chunk of bytes completed; they are delivered
// here in order, stopping early if a callback freed the parser.

const binding = internalBinding('http_parser');
const { IncomingMessage, readStart, readStop } = require('internal/http/incoming');

const kIncomingMessage = Symbol('IncomingMessage');

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
    this.onHeadersComplete = parserOnHeadersComplete;
    this.onBody = parserOnBody;
    this.onMessageComplete = parserOnMessageComplete;
  }

  initialize(type, maxHeaderSize) {
    this.type = type;
    this.handle = binding.parserNew(type === HTTPParser.REQUEST, maxHeaderSize);
  }

  /// The response to come answers a HEAD (no body) or a CONNECT (2xx hands the socket over).
  expectResponseTo(method) {
    if (this.handle) binding.setAsked(this.handle, method === 'HEAD' ? 1 : method === 'CONNECT' ? 2 : 0);
  }

  /// Parses `data`: the bytes taken (less than its length after an upgrade), or an Error.
  execute(data) {
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
          const [, method, url, minor, headers, statusCode, statusMessage, upgrade, keepAlive] = event;
          this.onHeadersComplete(1, minor, headers,
            method || undefined, this.type === HTTPParser.REQUEST ? url : undefined,
            this.type === HTTPParser.RESPONSE ? statusCode : undefined,
            this.type === HTTPParser.RESPONSE ? statusMessage : undefined, upgrade, keepAlive);
          break;
        }
        case BODY:
          if (this.onBody) this.onBody(event[1]);
          break;
        case COMPLETE:
          this._headers = event[1];
          if (this.onMessageComplete) this.onMessageComplete();
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
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.onHeadersComplete = null;
    this.onBody = null;
    this.onMessageComplete = null;
    this.onIncoming = null;
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
  if (method !== undefined) incoming.method = method;
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

module.exports = { HTTPParser, parseError, kIncomingMessage };
