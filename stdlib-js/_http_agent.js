'use strict';
// Node's module name for http.Agent and the global agent (internal/http/agent.js).

module.exports = require('internal/http/agent');
