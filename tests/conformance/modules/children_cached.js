// A module already in the cache still becomes a child of the next module that requires it
// (once); builtins never do.
require('./fixtures/basic/lib.js');
const other = require('./fixtures/basic/replace.js');
const lib = require.cache[require.resolve('./fixtures/basic/lib.js')];
console.log(module.children.length, module.children.includes(lib));
require('./fixtures/basic/lib.js');
require('fs');
console.log(module.children.length, typeof other);
