'use strict';
// The IPC channel between a process and a child made by fork() (or spawn with
// 'ipc' in stdio), in Node's 'json' or 'advanced' serialization (framing in
// internal/child_process/serialization.js), over a socket pair (the parent's end is a pipe.js
// Socket; the child finds its end in NODE_CHANNEL_FD). Messages become
// 'message' events on the next tick (Node's own `{ cmd: 'NODE_...' }` ones
// become 'internalMessage'); the end of the channel is 'disconnect'.

function errors() {
  const errorsModule = require('internal/errors');
  errorsModule.define('ERR_IPC_CHANNEL_CLOSED', Error, () => 'Channel closed');
  errorsModule.define('ERR_IPC_DISCONNECTED', Error, () => 'IPC channel is already disconnected');
  errorsModule.define('ERR_INVALID_HANDLE_TYPE', TypeError, () => 'This handle type cannot be sent');
  return errorsModule;
}
const nodeError = (code, ...args) => errors().makeNodeError(code, ...args);

/// What `process.channel` / `child.channel` is: the pipe, with ref/unref.
/// Listeners of 'message' and 'disconnect' keep a child's channel ref'd (as
/// Node's Control), until ref()/unref() is called explicitly.
class Control {
  #socket;
  #refs = 0;
  #explicit = false;

  constructor(socket) {
    this.#socket = socket;
  }

  get fd() { return this.#socket.fd; }

  refCounted() {
    if (++this.#refs === 1 && !this.#explicit) this.#socket.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#explicit) this.#socket.unref();
  }

  ref() {
    this.#explicit = true;
    this.#socket.ref();
  }

  unref() {
    this.#explicit = true;
    this.#socket.unref();
  }
}

/// Makes `target` (a ChildProcess, or `process` in the child) talk over
/// `socket`. `send`, `disconnect`, `connected` and `channel` are set on
/// `holder` (`target` itself, or what the child's `process` accessors read).
function setupChannel(target, socket, holder = target, mode = 'json') {
  const control = new Control(socket);
  const codec = require('internal/child_process/serialization').codecFor(mode);
  holder.channel = control;
  holder._channel = control;
  holder.connected = true;
  let closed = false;

  function closeChannel() {
    if (closed) return;
    closed = true;
    holder.channel = null;
    holder._channel = null;
    if (socket.writableLength > 0) {
      socket.end();
      socket.once('finish', () => socket.destroy());
    } else {
      socket.destroy();
    }
  }

  if (codec.encoding !== null) socket.setEncoding(codec.encoding);
  socket.on('data', (data) => {
    for (const message of codec.decode(data)) {
      const internal = message !== null && typeof message === 'object' &&
        typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
      process.nextTick(() => target.emit(internal ? 'internalMessage' : 'message', message, undefined));
    }
  });
  // The other side closed its end (it ended, or disconnected).
  socket.on('end', () => {
    if (holder.connected) holder.disconnect.call(target);
    else closeChannel();
  });
  // A write to a child that has gone (EPIPE), or a reset: the channel is
  // over all the same, and its close says so.
  socket.on('error', () => {});
  socket.on('close', () => {
    if (holder.connected) holder.disconnect.call(target);
  });

  holder.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
    }
    if (!holder.connected) {
      const ex = nodeError('ERR_IPC_CHANNEL_CLOSED');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => target.emit('error', ex));
      return false;
    }
    if (message === undefined) throw nodeError('ERR_MISSING_ARGS', 'message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'message', ['string', 'object', 'number', 'boolean'], message);
    }
    // Sending sockets and servers needs net, which sous does not have.
    if (handle) throw nodeError('ERR_INVALID_HANDLE_TYPE');
    control.refCounted();
    // As Node's, a failed write (the other side has gone: EPIPE) is not an
    // error of the send: the channel's end says it, as 'disconnect'.
    socket.write(codec.encode(message), () => {
      control.unrefCounted();
      if (typeof callback === 'function') callback(null);
    });
    return socket.writableLength < 65536 * 2;
  };

  holder.disconnect = function disconnect() {
    if (!holder.connected) {
      target.emit('error', nodeError('ERR_IPC_DISCONNECTED'));
      return;
    }
    holder.connected = false;
    closeChannel();
    process.nextTick(() => target.emit('disconnect'));
  };

  return control;
}

/// In a forked child: the channel from NODE_CHANNEL_FD, set up once
/// `process` is complete (this runs while it is being made). A channel
/// whose mode this side cannot speak is left alone.
function setupChildChannel(proc) {
  const fd = Number(proc.env.NODE_CHANNEL_FD);
  const mode = proc.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete proc.env.NODE_CHANNEL_FD;
  delete proc.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0 || (mode !== 'json' && mode !== 'advanced')) return;
  let control = null;
  // The accessors stay accessors (Boa's inline caches misbehave when a
  // getter is replaced by a data property); they read `holder`.
  const holder = {};
  const ensure = () => {
    if (control !== null) return control;
    const { Socket } = require('internal/stdio/pipe');
    const socket = new Socket({ fd, owned: true, readable: true, writable: true });
    socket.unref();
    control = setupChannel(proc, socket, holder, mode);
    return control;
  };
  const accessor = (name) => ({
    configurable: true,
    enumerable: true,
    get() {
      ensure();
      return holder[name];
    },
    set(value) {
      ensure();
      holder[name] = value;
    },
  });
  Object.defineProperties(proc, {
    send: accessor('send'),
    disconnect: accessor('disconnect'),
    connected: accessor('connected'),
    channel: accessor('channel'),
    _channel: { ...accessor('_channel'), enumerable: false },
  });
  proc.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') ensure().refCounted();
  });
  proc.on('removeListener', (name) => {
    if ((name === 'message' || name === 'disconnect') && control !== null) control.unrefCounted();
  });
  // Messages sent before anything asked for the channel still arrive.
  queueMicrotask(ensure);
}

module.exports = { setupChannel, setupChildChannel };
