'use strict';
// Node's module name for http.Server and ServerResponse (internal/http/server.js).

const server = require('internal/http/server');

module.exports = {
  STATUS_CODES: require('internal/http/common').STATUS_CODES,
  Server: server.Server,
  ServerResponse: require('internal/http/server_response').ServerResponse,
  setupConnectionsTracking: server.setupConnectionsTracking,
  storeHTTPOptions: server.storeHTTPOptions,
  _connectionListener: server.connectionListener,
  kServerResponse: server.kServerResponse,
  kConnectionsCheckingInterval: server.kConnectionsCheckingInterval,
};
