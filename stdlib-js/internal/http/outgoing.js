'use strict';
// OutgoingMessage (Node's _http_outgoing): what ServerResponse and
// ClientRequest share. Headers are kept by lowercase name until the head is
// written; the head goes out with the first body bytes (or on end). Bytes
// written before a socket is assigned wait in outputData. The body is
// chunked unless its length is known or set; write() answers false once the
// socket (or the waiting data) is over the high-water mark, and 'drain'
// follows.

const Stream = require('stream');
const { makeNodeError } = require('internal/errors');
const {
  validateHeaderName, validateHeaderValue, checkInvalidHeaderChar,
} = require('internal/http/common');

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');
const kHighWaterMark = Symbol('kHighWaterMark');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');

const crlf = '\r\n';
const nonAscii = /[^\x00-\x7f]/;
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const RE_TE_CHUNKED = /(?:^|\W)chunked(?:$|\W)/i;

function nop() {}

let dateCache;
/// The Date header's value, made once per second.
function utcDate() {
  if (!dateCache) {
    dateCache = new Date().toUTCString();
    setTimeout(() => { dateCache = undefined; }, 1000 - new Date().getMilliseconds()).unref();
  }
  return dateCache;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw makeNodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
}

function byteLengthOf(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

class OutgoingMessage extends Stream {
  constructor(options) {
    super();
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this.destroyed = false;
    this._last = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.maxRequestsOnConnectionReached = false;
    this._defaultKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._removedConnection = false;
    this._removedContLen = false;
    this._removedTE = false;
    this.strictContentLength = false;
    this[kBytesWritten] = 0;
    this._contentLength = null;
    this._hasBody = true;
    this._trailer = '';
    this[kNeedDrain] = false;
    this.finished = false;
    this._headerSent = false;
    this[kCorked] = 0;
    this[kChunkedBuffer] = [];
    this[kChunkedLength] = 0;
    this.socket = null;
    this._header = null;
    this[kOutHeaders] = null;
    this._keepAliveTimeout = 0;
    this._onPendingData = nop;
    this[kErrored] = null;
    this[kHighWaterMark] = (options && options.highWaterMark) || Stream.getDefaultHighWaterMark(false);
    this[kRejectNonStandardBodyWrites] = (options && options.rejectNonStandardBodyWrites) || false;
  }

  get errored() { return this[kErrored]; }
  get closed() { return this._closed; }
  get writableFinished() {
    return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
  }
  get writableObjectMode() { return false; }
  get writableLength() { return this.outputSize + this[kChunkedLength] + (this.socket ? this.socket.writableLength : 0); }
  get writableHighWaterMark() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; }
  get writableCorked() { return this[kCorked]; }
  get writableEnded() { return this.finished; }
  get writableNeedDrain() { return !this.destroyed && !this.finished && this[kNeedDrain]; }
  get connection() { return this.socket; }
  set connection(value) { this.socket = value; }
  get headersSent() { return !!this._header; }

  cork() {
    this[kCorked]++;
    if (this.socket) this.socket.cork();
  }

  uncork() {
    if (this[kCorked]) this[kCorked]--;
    if (this.socket) this.socket.uncork();
    if (this[kCorked] || this[kChunkedBuffer].length === 0) return;
    // Chunks written while corked go out as one chunk.
    const buf = this[kChunkedBuffer];
    this._send(this[kChunkedLength].toString(16), 'latin1', null);
    this._send(crlf, null, null);
    const callbacks = [];
    for (let n = 0; n < buf.length; n += 3) {
      this._send(buf[n], buf[n + 1], null);
      if (buf[n + 2]) callbacks.push(buf[n + 2]);
    }
    this._send(crlf, null, callbacks.length ? (err) => { for (const cb of callbacks) cb(err); } : null);
    this[kChunkedBuffer].length = 0;
    this[kChunkedLength] = 0;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (!this.socket) this.once('socket', (socket) => socket.setTimeout(msecs));
    else this.socket.setTimeout(msecs);
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this[kErrored] = error;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  }

  _send(data, encoding, callback, byteLength) {
    // The head goes out with the first body bytes, in one write when it can.
    if (!this._headerSent && this._header !== null) {
      // Header bytes are latin1: joined to a UTF-8 string only while they are ASCII.
      const joinable = encoding === 'latin1' ||
        ((encoding === 'utf8' || !encoding) && !nonAscii.test(this._header));
      if (typeof data === 'string' && joinable) {
        data = this._header + data;
      } else {
        const header = this._header;
        this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
        this.outputSize += header.length;
        this._onPendingData(header.length);
      }
      this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback, byteLength);
  }

  _writeRaw(data, encoding, callback) {
    const conn = this.socket;
    if (conn && conn.destroyed) return false;
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (conn && conn._httpMessage === this && conn.writable) {
      if (this.outputData.length) this._flushOutput(conn);
      return conn.write(data, encoding, callback);
    }
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    this._onPendingData(data.length);
    return this.outputSize < this[kHighWaterMark];
  }

  _storeHeader(firstLine, headers) {
    const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
    const headersMap = this[kOutHeaders];
    if (headersMap) {
      for (const key in headersMap) processHeader(this, state, headersMap[key][0], headersMap[key][1], false);
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [key, value] of headers) processHeader(this, state, key, value, true);
      } else {
        if (headers.length % 2 !== 0) throw makeNodeError('ERR_INVALID_ARG_VALUE', 'headers', headers);
        for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
      }
    } else if (headers) {
      for (const key of Object.keys(headers)) processHeader(this, state, key, headers[key], true);
    }
    let { header } = state;
    if (this.sendDate && !state.date) header += `Date: ${utcDate()}${crlf}`;
    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
      this.chunkedEncoding = false;
      this.shouldKeepAlive = false;
    }
    if (this._removedConnection) {
      // Without a Connection header, HTTP/1.1 still persists by default.
      this._last = !this.shouldKeepAlive;
    } else if (!state.connection) {
      const sendKeepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
      if (sendKeepAlive && this.maxRequestsOnConnectionReached) {
        header += `Connection: close${crlf}`;
      } else if (sendKeepAlive) {
        header += `Connection: keep-alive${crlf}`;
        if (this._keepAliveTimeout && this._defaultKeepAlive) {
          const max = ~~this._maxRequestsPerSocket > 0 ? `, max=${this._maxRequestsPerSocket}` : '';
          header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}${max}${crlf}`;
        }
      } else {
        this._last = true;
        header += `Connection: close${crlf}`;
      }
    }
    if (!state.contLen && !state.te) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        this._last = true;
      } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
        header += `Content-Length: ${this._contentLength}${crlf}`;
      } else if (!this._removedTE) {
        header += `Transfer-Encoding: chunked${crlf}`;
        this.chunkedEncoding = true;
      } else {
        this._last = true;
      }
    }
    // A body without chunks ends at the connection's end: no room for trailers.
    if (this.chunkedEncoding !== true && state.trailer) throw makeNodeError('ERR_HTTP_TRAILER_INVALID');
    this._header = header + crlf;
    this._headerSent = false;
    // An `Expect: 100-continue` head goes out at once: the peer waits for it.
    if (state.expect) this._send('');
  }

  setHeader(name, value) {
    if (this._header) throw makeNodeError('ERR_HTTP_HEADERS_SENT', 'set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    if (this[kOutHeaders] === null) this[kOutHeaders] = { __proto__: null };
    this[kOutHeaders][name.toLowerCase()] = [name, value];
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw makeNodeError('ERR_HTTP_HEADERS_SENT', 'set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'headers', ['Headers', 'Map'], headers);
    }
    const cookies = [];
    for (const [key, value] of headers) {
      if (key === 'set-cookie') {
        if (Array.isArray(value)) cookies.push(...value);
        else cookies.push(value);
        continue;
      }
      this.setHeader(key, value);
    }
    if (cookies.length) this.setHeader('set-cookie', cookies);
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw makeNodeError('ERR_HTTP_HEADERS_SENT', 'append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const field = name.toLowerCase();
    const headers = this[kOutHeaders];
    if (headers === null || !headers[field]) return this.setHeader(name, value);
    if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
    const values = headers[field][1];
    if (Array.isArray(value)) values.push(...value);
    else values.push(value);
    return this;
  }

  getHeader(name) {
    validateString(name, 'name');
    const headers = this[kOutHeaders];
    if (headers === null) return undefined;
    const entry = headers[name.toLowerCase()];
    return entry && entry[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
  }

  getRawHeaderNames() {
    const headers = this[kOutHeaders];
    if (headers === null) return [];
    return Object.values(headers).map((entry) => entry[0]);
  }

  getHeaders() {
    const headers = this[kOutHeaders];
    const ret = { __proto__: null };
    if (headers) for (const key of Object.keys(headers)) ret[key] = headers[key][1];
    return ret;
  }

  hasHeader(name) {
    validateString(name, 'name');
    return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this._header) throw makeNodeError('ERR_HTTP_HEADERS_SENT', 'remove');
    const key = name.toLowerCase();
    if (key === 'connection') this._removedConnection = true;
    else if (key === 'content-length') this._removedContLen = true;
    else if (key === 'transfer-encoding') this._removedTE = true;
    else if (key === 'date') this.sendDate = false;
    if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
  }

  _implicitHeader() {
    throw makeNodeError('ERR_METHOD_NOT_IMPLEMENTED', '_implicitHeader()');
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const ret = write_(this, chunk, encoding, callback, false);
    if (!ret) this[kNeedDrain] = true;
    return ret;
  }

  addTrailers(headers) {
    this._trailer = '';
    const isArray = Array.isArray(headers);
    for (const key of Object.keys(headers)) {
      const field = isArray ? headers[key][0] : key;
      let value = isArray ? headers[key][1] : headers[key];
      validateHeaderName(field, 'Trailer name');
      const values = Array.isArray(value) && value.length > 1 ? value : [Array.isArray(value) ? value.join('; ') : value];
      for (value of values) {
        if (checkInvalidHeaderChar(value)) throw makeNodeError('ERR_INVALID_CHAR', 'trailer content', field);
        this._trailer += `${field}: ${value}${crlf}`;
      }
    }
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (chunk) {
      if (this.finished) {
        onError(this, makeNodeError('ERR_STREAM_WRITE_AFTER_END'), typeof callback !== 'function' ? nop : callback);
        return this;
      }
      if (this.socket) this.socket.cork();
      write_(this, chunk, encoding, null, true);
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.on('finish', callback);
        else callback(makeNodeError('ERR_STREAM_ALREADY_FINISHED', 'end'));
      }
      return this;
    } else if (!this._header) {
      if (this.socket) this.socket.cork();
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof callback === 'function') this.once('finish', callback);
    if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
      throw makeNodeError('ERR_HTTP_CONTENT_LENGTH_MISMATCH', this[kBytesWritten], this._contentLength);
    }
    const finish = () => onFinish(this);
    if (this._hasBody && this.chunkedEncoding) {
      this._send(`0${crlf}${this._trailer}${crlf}`, 'latin1', finish);
    } else if (!this._headerSent || this.writableLength || chunk) {
      this._send('', 'latin1', finish);
    } else {
      process.nextTick(finish);
    }
    if (this.socket) while (this.socket.writableCorked) this.socket.uncork();
    this[kCorked] = 1;
    this.uncork();
    this.finished = true;
    // With everything handed to the socket, 'prefinish' now; otherwise when
    // the socket is assigned and the waiting data flushed (_flush).
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
    return this;
  }

  _finish() {
    this.emit('prefinish');
  }

  /// Sends what waited for the socket; 'drain' if a write had said false.
  _flush() {
    const socket = this.socket;
    if (socket && socket.writable) {
      const ret = this._flushOutput(socket);
      if (this.finished) {
        this._finish();
      } else if (ret && this[kNeedDrain]) {
        this[kNeedDrain] = false;
        this.emit('drain');
      }
    }
  }

  _flushOutput(socket) {
    while (this[kCorked]) {
      this[kCorked]--;
      socket.cork();
    }
    const outputData = this.outputData;
    if (outputData.length <= 0) return undefined;
    socket.cork();
    let ret;
    for (const entry of outputData) {
      ret = socket.write(entry.data, entry.encoding, entry.callback);
      entry.data = null;
    }
    socket.uncork();
    this.outputData = [];
    this._onPendingData(-this.outputSize);
    this.outputSize = 0;
    return ret;
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    // The head goes out now, with no body bytes.
    this._send('');
  }

  pipe() {
    this.emit('error', makeNodeError('ERR_STREAM_CANNOT_PIPE'));
  }
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    const unique = self[kUniqueHeaders] && self[kUniqueHeaders].has(key.toLowerCase());
    if ((value.length < 2 || key.toLowerCase() !== 'cookie') && !unique) {
      for (const v of value) storeHeader(self, state, key, v, validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += `${key}: ${value}${crlf}`;
  matchHeader(self, state, key, value);
}

/// Headers that change how the message is framed or the connection kept.
function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody && !msg._removedContLen &&
    !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(() => {
    callback(err);
    if (!msg.destroyed) msg.emit('error', err);
  });
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) throw makeNodeError('ERR_STREAM_NULL_VALUES');
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = makeNodeError('ERR_STREAM_WRITE_AFTER_END');
  else if (msg.destroyed) err = makeNodeError('ERR_STREAM_DESTROYED', 'write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len = byteLengthOf(chunk, encoding);
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength : msg[kBytesWritten] + len > msg._contentLength)) {
      throw makeNodeError('ERR_HTTP_CONTENT_LENGTH_MISMATCH', len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }
  if (!msg._header) {
    if (fromEnd) msg._contentLength = len === undefined ? byteLengthOf(chunk, encoding) : len;
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw makeNodeError('ERR_HTTP_BODY_NOT_ALLOWED');
    process.nextTick(callback);
    return true;
  }
  // Writes in one tick go to the socket together.
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    const socket = msg.socket;
    socket.cork();
    process.nextTick(() => socket.uncork());
  }
  if (msg.chunkedEncoding && chunk.length !== 0) {
    if (len === undefined) len = byteLengthOf(chunk, encoding);
    if (msg[kCorked] && msg._headerSent) {
      msg[kChunkedBuffer].push(chunk, encoding, callback);
      msg[kChunkedLength] += len;
      return msg[kChunkedLength] < msg[kHighWaterMark];
    }
    msg._send(len.toString(16), 'latin1', null);
    msg._send(crlf, null, null);
    msg._send(chunk, encoding, null, len);
    return msg._send(crlf, null, callback);
  }
  return msg._send(chunk, encoding, callback, len);
}

function onFinish(msg) {
  if (msg && msg.socket && msg.socket._hadError) return;
  msg.emit('finish');
}

module.exports = {
  OutgoingMessage,
  kOutHeaders,
  kNeedDrain,
  kHighWaterMark,
  kUniqueHeaders,
  kErrored,
  utcDate,
  validateHeaderName,
  validateHeaderValue,
};
