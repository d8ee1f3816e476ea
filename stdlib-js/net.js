'use strict';
// node:net: TCP and Unix-socket servers and connections on the reactor
// (internal/net/, runtime/ops/net).

const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const socket = require('internal/net/socket');
const server = require('internal/net/server');
const { callableClass } = require('internal/util/callable_class');
const { normalizeArgs } = socket;

// Callable without `new`, as Node's constructors are.
const Socket = callableClass(socket.Socket);
const Server = callableClass(server.Server);

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const s = new Socket(options);
  if (options.timeout) s.setTimeout(options.timeout);
  return s.connect(normalized);
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer: server.createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily: socket.getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily: socket.setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout: socket.getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: socket.setDefaultAutoSelectFamilyAttemptTimeout,
};

for (const name of ['BlockList', 'SocketAddress']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    configurable: true,
    get() { return require('internal/net/blocklist')[name]; },
  });
}
