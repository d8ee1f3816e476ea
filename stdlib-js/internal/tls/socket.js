'use strict';
// tls.TLSSocket: a net.Socket whose handle is a TlsHandle. A client made by
// tls.connect connects like any socket, then shakes hands
// ('secureConnect'); a server wraps each accepted connection ('secure').

const { Socket: NetSocket } = require('internal/net/socket');
const { StreamHandle } = require('internal/net/handle');
const { TlsHandle } = require('internal/tls/handle');
const { isIP } = require('internal/net/ip');
const { makeNodeError } = require('internal/net/errors');
const binding = internalBinding('tls');

// PEM text from a string, a Buffer, or an array of either (joined).
function pemText(value) {
  if (value == null) return null;
  if (Array.isArray(value)) return value.map(pemText).join('\n');
  return typeof value === 'string' ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1');
}

// ALPN names from an array of strings, or Node's length-prefixed Buffer form.
function alpnList(value) {
  if (value == null) return [];
  if (Array.isArray(value)) return value.map(String);
  const bytes = Buffer.from(value);
  const out = [];
  for (let i = 0; i < bytes.length;) {
    const n = bytes[i];
    out.push(bytes.toString('latin1', i + 1, i + 1 + n));
    i += n + 1;
  }
  return out;
}

function tlsError(code, message) {
  const err = new Error(message);
  err.code = code;
  if (code.startsWith('ERR_SSL_')) err.library = 'SSL routines';
  return err;
}

let warnedInsecure = false;
function rejectUnauthorizedDefault() {
  if (process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0') return true;
  if (!warnedInsecure) {
    warnedInsecure = true;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS " +
      'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return false;
}

class TLSSocket extends NetSocket {
  constructor(socket = undefined, options = {}) {
    const isServer = Boolean(options.isServer);
    let session;
    if (isServer) {
      session = binding.serverSession(pemText(options.cert), pemText(options.key), alpnList(options.ALPNProtocols));
    } else {
      const servername = options.servername ?? (options.host && !isIP(options.host) ? options.host : 'localhost');
      const reject = options.rejectUnauthorized ?? rejectUnauthorizedDefault();
      session = binding.clientSession(options.host && isIP(options.host) && !options.servername ? options.host : servername,
        Boolean(reject), pemText(options.ca), alpnList(options.ALPNProtocols));
    }
    let inner;
    let parent = null;
    if (socket instanceof NetSocket && socket._handle) {
      // Takes over the connection's handle; the plain socket stays as
      // `_parent` and closes with this one.
      parent = socket;
      inner = socket._handle;
      inner.reading = false;
      inner.readStop();
      socket._handle = null;
    } else if (socket != null) {
      throw makeNodeError('ERR_INVALID_ARG_TYPE', 'socket', 'net.Socket', socket);
    } else {
      inner = new StreamHandle(null, 'tcp');
    }
    const handle = new TlsHandle(inner, session);
    super({ handle, manualStart: true, allowHalfOpen: options.allowHalfOpen, readable: true, writable: true });
    inner.owner = this;
    this._parent = parent;
    this._tlsOptions = options;
    this._secureEstablished = false;
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = false;
    this.servername = isServer ? null : (options.servername ?? null);
    this._rejectUnauthorized = options.rejectUnauthorized ?? rejectUnauthorizedDefault();
    handle.onhandshake = () => this._onHandshake();
    handle.onerror = (code, message) => this._onTlsError(code, message);
    if (parent !== null) {
      this.server = parent.server;
      this.once('close', () => parent.destroy());
      handle.start();
      this.read(0);
    }
  }

  _onHandshake() {
    const info = this._handle.info();
    this._secureEstablished = true;
    this._tlsInfo = info;
    this.alpnProtocol = info.alpnProtocol;
    if (this._tlsOptions.isServer) {
      this.emit('secure');
      return;
    }
    this.authorized = info.authorizationError === null;
    this.authorizationError = info.authorizationError;
    this.emit('secureConnect');
  }

  _onTlsError(code, message) {
    const err = tlsError(code, message);
    // A server's failed handshake is the server's 'tlsClientError', not
    // an error of a socket nobody has seen yet.
    if (this._tlsOptions.isServer && !this._secureEstablished) {
      this.emit('_tlsError', err);
      this.destroy();
      return;
    }
    this.destroy(err);
  }

  getProtocol() { return this._tlsInfo?.protocol ?? null; }
  getCipher() {
    const name = this._tlsInfo?.cipher;
    if (!name) return undefined;
    return { name, standardName: name, version: this.getProtocol() };
  }

  // The peer's certificate as DER (`raw`); sous does not decode X.509
  // fields (subject, issuer, validity) yet.
  getPeerCertificate() {
    const der = this._tlsInfo?.peerCertificates?.[0];
    return der ? { raw: der } : {};
  }

  getPeerX509Certificate() { return undefined; }
  isSessionReused() { return false; }
  getSession() { return undefined; }
  getTLSTicket() { return undefined; }
  setServername(name) { this.servername = name; }
  setMaxSendFragment() { return true; }
  get _secure() { return this._secureEstablished; }
}

module.exports = { TLSSocket, pemText, rejectUnauthorizedDefault };
