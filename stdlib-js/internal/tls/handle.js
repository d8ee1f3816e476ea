'use strict';
// A TLS handle: what Node's TLSWrap is, over a TCP (or Unix) stream handle
// of internal/net/handle. net.Socket drives it like any handle; it passes
// the socket's bytes through a rustls session (runtime/ops/tls) both ways.
// Its own reading is on from the moment the connection exists, since the
// handshake needs the peer's answers whether or not the user reads yet;
// plaintext that arrives while the user does not read waits here.

const tls = internalBinding('tls');

class TlsHandle {
  constructor(inner, session) {
    this.inner = inner;
    this.session = session;
    this.kind = inner.kind;
    this.reading = false;
    this.onread = null;
    // Set by TLSSocket.
    this.onhandshake = null;
    this.onerror = null;
    this.secure = false;
    this.started = false;
    this.innerReading = false;
    this.waiting = [];
    this.wantsRead = false;
  }

  // Connects the socket underneath; the handshake starts once it is there.
  connect(address, port, localAddress, localPort, oncomplete) {
    return this.inner.connect(address, port, localAddress, localPort, (status) => {
      if (status === 0) this.start();
      oncomplete(status);
    });
  }

  // Sends the first flight (a client's hello) and reads the peer.
  start() {
    if (this.started) return;
    this.started = true;
    this.flush();
    this.readInner();
  }

  readInner() {
    if (this.innerReading || !this.started) return;
    this.innerReading = true;
    this.inner.onread = (chunk) => this.fromInner(chunk);
    const status = this.inner.readStart();
    if (status < 0) {
      this.innerReading = false;
      this.deliver(status);
    }
  }

  fromInner(chunk) {
    if (chunk === null || typeof chunk === 'number') {
      this.innerReading = false;
      this.deliver(chunk);
      return;
    }
    const [plain, ended, code, message, handshaking] = tls.receive(this.session, chunk);
    // Handshake replies and alerts go out whatever happened.
    this.flush();
    if (code !== null) {
      this.onerror(code, message);
      return;
    }
    if (!handshaking && !this.secure) {
      this.secure = true;
      this.onhandshake();
      if (!this.wantsRead) this.pauseInner();
    }
    if (plain !== null) this.deliver(plain);
    if (ended) this.deliver(null);
  }

  deliver(chunk) {
    if (this.wantsRead && this.onread !== null && this.waiting.length === 0) this.onread(chunk);
    else this.waiting.push(chunk);
  }

  pauseInner() {
    if (!this.innerReading) return;
    this.innerReading = false;
    this.inner.readStop();
  }

  readStart() {
    this.wantsRead = true;
    while (this.waiting.length > 0 && this.wantsRead) this.onread(this.waiting.shift());
    this.readInner();
    return 0;
  }

  readStop() {
    this.wantsRead = false;
    // Before the handshake is done, the peer must still be heard.
    if (this.secure) this.pauseInner();
    return 0;
  }

  // Writes what the session has for the peer: 0, 1 (callback follows) or -errno.
  flush(callback) {
    const out = tls.outgoing(this.session);
    if (out === null || this.inner.native === null) return 0;
    return this.inner.write(out, callback ?? (() => {}));
  }

  write(bytes, callback) {
    tls.send(this.session, bytes);
    return this.flush(callback);
  }

  shutdown(callback) {
    tls.closeNotify(this.session);
    this.flush();
    return this.inner.shutdown(callback);
  }

  close(callback) {
    this.waiting = [];
    this.inner.close(callback);
  }

  reset(callback) { return this.inner.reset(callback); }
  ref() { this.inner.ref(); }
  unref() { this.inner.unref(); }
  hasRef() { return this.inner.hasRef(); }
  get native() { return this.inner.native; }
  setNoDelay(enable) { return this.inner.setNoDelay(enable); }
  setKeepAlive(enable, delay) { return this.inner.setKeepAlive(enable, delay); }
  getsockname(out) { return this.inner.getsockname(out); }
  getpeername(out) { return this.inner.getpeername(out); }
  info() { return tls.info(this.session); }
}

module.exports = { TlsHandle };
