'use strict';
// Node's module name for http.OutgoingMessage (internal/http/outgoing.js).

const outgoing = require('internal/http/outgoing');

module.exports = {
  OutgoingMessage: outgoing.OutgoingMessage,
  kHighWaterMark: outgoing.kHighWaterMark,
  kUniqueHeaders: outgoing.kUniqueHeaders,
  validateHeaderName: outgoing.validateHeaderName,
  validateHeaderValue: outgoing.validateHeaderValue,
};
