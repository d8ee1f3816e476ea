// require('assert') alone (compare with hello.js: the difference is the module's load cost).
require('assert');
console.log('loaded assert');
