'use strict';
// node:http: HTTP/1.1 servers and clients on net (internal/http/, the parser
// in runtime/ops/http_parser).

const agentModule = require('internal/http/agent');
const { ClientRequest } = require('internal/http/client');
const { IncomingMessage } = require('internal/http/incoming');
const { OutgoingMessage } = require('internal/http/outgoing');
const { Server, connectionListener } = require('internal/http/server');
const { ServerResponse } = require('internal/http/server_response');
const common = require('internal/http/common');
const { parsers } = require('internal/http/parser');
const { makeNodeError } = require('internal/errors');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: connectionListener,
  METHODS: common.METHODS.slice().sort(),
  STATUS_CODES: common.STATUS_CODES,
  Agent: agentModule.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName: common.validateHeaderName,
  validateHeaderValue: common.validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    if (typeof max !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'max', 'number', max);
    if (!Number.isInteger(max) || max < 1) {
      throw makeNodeError('ERR_OUT_OF_RANGE', 'max', '>= 1 && <= 9007199254740991', max);
    }
    parsers.max = max;
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true,
  enumerable: true,
  get() { return common.maxHeaderSize(); },
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return agentModule.globalAgent; },
  set(value) { agentModule.globalAgent = value; },
});
