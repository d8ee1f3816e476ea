'use strict';
// Node's module name for http.IncomingMessage (internal/http/incoming.js).

module.exports = require('internal/http/incoming');
