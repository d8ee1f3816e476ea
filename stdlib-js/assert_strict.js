'use strict';
// `assert/strict`: the strict variant of `assert`.
module.exports = require('assert').strict;
