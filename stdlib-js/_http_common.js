'use strict';
// Node's module name for what http's parts share: the parser, its method
// numbering and pool bound, and the token and header-character checks.

const common = require('internal/http/common');
const parser = require('internal/http/parser');

module.exports = {
  _checkInvalidHeaderChar: common.checkInvalidHeaderChar,
  _checkIsHttpToken: common.checkIsHttpToken,
  chunkExpression: common.chunkExpression,
  continueExpression: common.continueExpression,
  CRLF: common.CRLF,
  freeParser: parser.freeParser,
  methods: parser.methods,
  parsers: parser.parsers,
  kIncomingMessage: parser.kIncomingMessage,
  HTTPParser: parser.HTTPParser,
};
