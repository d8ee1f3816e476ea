'use strict';
// The benchmark's entry: loads the generated tree (lib/m0.js and below).
const root = require('./lib/m0');
console.log('sum', root.total);
