'use strict';
// ServerResponse (Node's _http_server): the reply to one request. Its head is
// the status line plus the headers set; it goes out on the socket once the
// responses before it on the connection are done (server.js assigns it).

const { makeNodeError } = require('internal/errors');
const { OutgoingMessage, kOutHeaders } = require('internal/http/outgoing');
const {
  STATUS_CODES, checkInvalidHeaderChar, chunkExpression, validateHeaderName, validateHeaderValue,
} = require('internal/http/common');

class ServerResponse extends OutgoingMessage {
  constructor(req, options) {
    super(options);
    if (req.method === 'HEAD') this._hasBody = false;
    this.req = req;
    this.sendDate = true;
    this._sent100 = false;
    this._expect_continue = false;
    this.statusCode = 200;
    this.statusMessage = undefined;
    if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
      // HTTP/1.0 has no chunks unless the client says it takes them (TE).
      this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
      this.shouldKeepAlive = false;
    }
  }

  assignSocket(socket) {
    if (socket._httpMessage) throw makeNodeError('ERR_HTTP_SOCKET_ASSIGNED');
    socket._httpMessage = this;
    socket.on('close', onServerResponseClose);
    this.socket = socket;
    this.emit('socket', socket);
    this._flush();
  }

  detachSocket(socket) {
    socket.removeListener('close', onServerResponseClose);
    socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(cb) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
    this._sent100 = true;
  }

  writeProcessing(cb) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
  }

  writeEarlyHints(hints, cb) {
    if (hints === null || typeof hints !== 'object') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'hints', 'Object', hints);
    if (hints.link === null || hints.link === undefined) return;
    const link = linkHeaderValue(hints.link);
    if (link.length === 0) return;
    let head = `HTTP/1.1 103 Early Hints\r\nLink: ${link}\r\n`;
    for (const key of Object.keys(hints)) {
      if (key === 'link') continue;
      validateHeaderName(key);
      validateHeaderValue(key, hints[key]);
      head += `${key}: ${hints[key]}\r\n`;
    }
    this._writeRaw(`${head}\r\n`, 'ascii', cb);
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeHead(statusCode, reason, obj) {
    if (this._header) throw makeNodeError('ERR_HTTP_HEADERS_SENT', 'write');
    const original = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw makeNodeError('ERR_HTTP_INVALID_STATUS_CODE', original);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
      if (obj === undefined || obj === null) obj = reason;
    }
    this.statusCode = statusCode;
    let headers;
    if (this[kOutHeaders]) {
      // Headers given here win over those set before, repeats given here kept.
      if (Array.isArray(obj)) {
        if (obj.length % 2 !== 0) throw makeNodeError('ERR_INVALID_ARG_VALUE', 'headers', obj);
        for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
        for (let n = 0; n < obj.length; n += 2) if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
      } else if (obj) {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
      headers = this[kOutHeaders];
    } else {
      headers = obj;
    }
    if (checkInvalidHeaderChar(this.statusMessage)) throw makeNodeError('ERR_INVALID_CHAR', 'statusMessage');
    const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
    // A client told to wait for 100 that never got it cannot tell where the body ends.
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader(statusLine, headers);
    return this;
  }
}

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

const linkValue = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
/// The Link header of writeEarlyHints: a string or strings, each `<uri>; params`.
function linkHeaderValue(hints) {
  if (typeof hints === 'string') {
    if (!linkValue.test(hints) || checkInvalidHeaderChar(hints)) throw invalidLink(hints);
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const link of hints) {
      if (typeof link !== 'string' || !linkValue.test(link) || checkInvalidHeaderChar(link)) throw invalidLink(hints);
      validateHeaderValue('link', link);
    }
    return hints.join(', ');
  }
  throw invalidLink(hints);
}

function invalidLink(hints) {
  return makeNodeError('ERR_INVALID_ARG_VALUE', 'hints', hints,
    'must be an array or string of format "</styles.css>; rel=preload; as=style"');
}

module.exports = { ServerResponse };
