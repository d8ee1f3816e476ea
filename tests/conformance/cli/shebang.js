#!/usr/bin/env node
// Checks: a `#!` first line (shebang) is ignored by the runtime.
console.log('shebang line ignored');
