'use strict';
// `constants` (deprecated since Node 6, still required by packages such as
// graceful-fs): one frozen plain object with os.constants' dlopen,
// errno, priority and signal values followed by fs.constants. Node also
// mixes in crypto.constants; sous has no crypto module, so those are absent.

const os = require('internal/os_constants');
const fs = require('fs').constants;

module.exports = Object.freeze(Object.assign({}, os.dlopen, os.errno, os.priority, os.signals, fs));
