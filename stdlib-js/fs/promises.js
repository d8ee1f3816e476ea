'use strict';
// fs/promises is fs.promises (the same object, as in Node).
module.exports = require('internal/fs/promises');
