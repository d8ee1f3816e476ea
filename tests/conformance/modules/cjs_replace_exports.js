const hello = require('./fixtures/basic/replace');
console.log(typeof hello, hello(), hello.ignored);
