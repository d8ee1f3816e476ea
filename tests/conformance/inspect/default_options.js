// Checks: util.inspect.defaultOptions can be read and changed
const { inspect } = require('util');
console.log(inspect.defaultOptions);
inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } });
inspect.defaultOptions = { depth: 2 };
console.log({ a: { b: 1 } });
try { inspect.defaultOptions = null; } catch (e) { console.log(e.code); }
