'use strict';
// IncomingMessage (Node's _http_incoming): a request as the server reads it,
// or a response as the client reads it. A Readable of the body; the parser
// (server.js, client.js) pushes into it, and its _read resumes the socket
// the parser paused for backpressure.

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

class IncomingMessage extends Readable {
  constructor(socket) {
    let streamOptions;
    if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
    super(streamOptions);
    this._readableState.readingMore = true;
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this[kHeaders] = null;
    this[kHeadersCount] = 0;
    this.rawHeaders = [];
    this[kTrailers] = null;
    this[kTrailersCount] = 0;
    this.rawTrailers = [];
    this.joinDuplicateHeaders = false;
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.client = socket;
    this._consuming = false;
    this._dumped = false;
  }

  get connection() { return this.socket; }
  set connection(value) { this.socket = value; }

  get headers() {
    if (!this[kHeaders]) this[kHeaders] = collect(this, this.rawHeaders, this[kHeadersCount], this._addHeaderLine);
    return this[kHeaders];
  }
  set headers(value) { this[kHeaders] = value; }

  get headersDistinct() {
    if (!this[kHeadersDistinct]) this[kHeadersDistinct] = collect(this, this.rawHeaders, this[kHeadersCount], this._addHeaderLineDistinct);
    return this[kHeadersDistinct];
  }
  set headersDistinct(value) { this[kHeadersDistinct] = value; }

  get trailers() {
    if (!this[kTrailers]) this[kTrailers] = collect(this, this.rawTrailers, this[kTrailersCount], this._addHeaderLine);
    return this[kTrailers];
  }
  set trailers(value) { this[kTrailers] = value; }

  get trailersDistinct() {
    if (!this[kTrailersDistinct]) this[kTrailersDistinct] = collect(this, this.rawTrailers, this[kTrailersCount], this._addHeaderLineDistinct);
    return this[kTrailersDistinct];
  }
  set trailersDistinct(value) { this[kTrailersDistinct] = value; }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }

  _read(n) {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    // Resumes the socket the parser stopped when this stream's buffer filled.
    if (this.socket && this.socket.readable) readStart(this.socket);
  }

  _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    if (this.socket && !this.socket.destroyed && this.aborted) {
      this.socket.destroy(err);
      const cleanup = finished(this.socket, (e) => {
        if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
        cleanup();
        process.nextTick(onError, this, e || err, cb);
      });
    } else {
      process.nextTick(onError, this, err, cb);
    }
  }

  _addHeaderLines(headers, n) {
    if (headers && headers.length) {
      let dest;
      if (this.complete) {
        this.rawTrailers = headers;
        this[kTrailersCount] = n;
        dest = this[kTrailers];
      } else {
        this.rawHeaders = headers;
        this[kHeadersCount] = n;
        dest = this[kHeaders];
      }
      if (dest) for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }

  /// Adds one header to `dest` with Node's rules for repeats: some keep the
  /// first, set-cookie collects an array, cookie joins with '; ', the rest ', '.
  _addHeaderLine(field, value, dest) {
    field = matchKnownFields(field);
    const flag = field.charCodeAt(0);
    if (flag === 0 || flag === 2) {
      field = field.slice(1);
      if (typeof dest[field] === 'string') dest[field] += (flag === 0 ? ', ' : '; ') + value;
      else dest[field] = value;
    } else if (flag === 1) {
      if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
      else dest['set-cookie'] = [value];
    } else if (this.joinDuplicateHeaders) {
      if (dest[field] === undefined) dest[field] = value;
      else dest[field] += ', ' + value;
    } else if (dest[field] === undefined) {
      dest[field] = value;
    }
  }

  _addHeaderLineDistinct(field, value, dest) {
    field = field.toLowerCase();
    if (!dest[field]) dest[field] = [value];
    else dest[field].push(value);
  }

  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      // The body nobody reads is drained so the connection can carry the next message.
      this.removeAllListeners('data');
      this.resume();
    }
  }
}

/// The header object of `count` raw entries, built by `add` (made on first use).
function collect(self, raw, count, add) {
  const dst = {};
  for (let n = 0; n < count; n += 2) add.call(self, raw[n], raw[n + 1], dst);
  return dst;
}

function onError(self, error, cb) {
  // Without an 'error' listener the error is not raised (the socket's is).
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

// Headers whose repeats are dropped (the first counts).
const singleValued = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

/// The lowercase name, flagged: '\u0000' joins with ', ', '\u0001' is
/// set-cookie, '\u0002' joins with '; ', no flag keeps the first.
function matchKnownFields(field) {
  const lower = field.toLowerCase();
  if (singleValued.has(lower)) return lower;
  if (lower === 'set-cookie') return '\u0001';
  if (lower === 'cookie') return '\u0002cookie';
  return '\u0000' + lower;
}

module.exports = { IncomingMessage, readStart, readStop };
