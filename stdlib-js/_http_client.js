'use strict';
// Node's module name for http.ClientRequest (internal/http/client.js).

module.exports = require('internal/http/client');
