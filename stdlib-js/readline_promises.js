'use strict';
// node:readline/promises (also readline.promises).
module.exports = require('internal/readline/promises');
