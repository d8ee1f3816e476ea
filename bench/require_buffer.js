// require('buffer') alone (compare with hello.js: the difference is the module's load cost).
require('buffer');
console.log('loaded buffer');
