// Checks: deprecate warns once per function, once per code
const util = require('util');
const a = util.deprecate(() => 'a', 'a is old', 'DEP_A');
const b = util.deprecate(() => 'b', 'b is old (same code)', 'DEP_A');
const c = util.deprecate(function c() { return 'c'; }, 'c is old');
console.log(a(), a(), b(), c(), c());
