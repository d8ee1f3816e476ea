// require('fs') alone (compare with hello.js: the difference is the module's load cost).
require('fs');
console.log('loaded fs');
