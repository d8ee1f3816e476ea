'use strict';
// `require('console')`: the global console (runtime/ops/console.rs), whose `Console`
// is internal/console/constructor.js.

module.exports = globalThis.console;
