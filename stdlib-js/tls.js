'use strict';
// node:tls on rustls (runtime/ops/tls): TLSSocket, connect, createServer.
// Certificates are checked against the system's store or `ca`.

const net = require('net');
const { TLSSocket } = require('internal/tls/socket');
const { normalizeArgs } = require('internal/net/socket');
const { callableClass } = require('internal/util/callable_class');
const { makeNodeError } = require('internal/net/errors');

// connect(options[, cb]), connect(port[, host][, options][, cb]), connect(path[, options][, cb]).
function connect(...args) {
  let cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  let options = {};
  const last = args[args.length - 1];
  if (last !== null && typeof last === 'object' && args.length > 1) options = args.pop();
  const [normalized] = normalizeArgs(args.length > 0 ? args : [options]);
  options = { ...normalized, ...options };
  if (options.socket) {
    const socket = new TLSSocket(options.socket, options);
    if (cb) socket.once('secureConnect', cb);
    return socket;
  }
  const socket = new TLSSocket(undefined, options);
  if (cb) socket.once('secureConnect', cb);
  if (options.timeout) socket.setTimeout(options.timeout);
  socket.connect(options);
  // A refused certificate fails the handshake (rustls's verifier); Node
  // reports it as the socket's error, which is what happens here.
  return socket;
}

class Server extends net.Server {
  constructor(options = {}, listener = undefined) {
    if (typeof options === 'function') {
      listener = options;
      options = {};
    }
    super(options);
    if (options.key == null || options.cert == null) {
      // Node starts without them but fails every handshake; say it now.
      throw makeNodeError('ERR_INVALID_ARG_VALUE', 'options', options, 'must have "key" and "cert" (sous)');
    }
    this._tlsOptions = { ...options, isServer: true };
    if (listener) this.on('secureConnection', listener);
    this.on('connection', (socket) => {
      let secure;
      try {
        secure = new TLSSocket(socket, this._tlsOptions);
      } catch (err) {
        socket.destroy();
        this.emit('tlsClientError', err, socket);
        return;
      }
      secure.server = this;
      secure.on('secure', () => this.emit('secureConnection', secure));
      secure.on('_tlsError', (err) => this.emit('tlsClientError', err, secure));
    });
  }

  setSecureContext(options) {
    this._tlsOptions = { ...this._tlsOptions, ...options, isServer: true };
  }
}

function createServer(options, listener) {
  return new Server(options, listener);
}

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384';

module.exports = {
  connect,
  createServer,
  Server: callableClass(Server),
  TLSSocket: callableClass(TLSSocket),
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers() {
    return ['tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256', 'tls_aes_128_gcm_sha256',
      'ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-rsa-aes256-gcm-sha384',
      'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-rsa-chacha20-poly1305', 'ecdhe-ecdsa-chacha20-poly1305'];
  },
};
