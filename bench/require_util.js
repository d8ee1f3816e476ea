// require('util') alone (compare with hello.js: the difference is the module's load cost).
require('util');
console.log('loaded util');
