// Checks: util.getSystemErrorName/Message/Map for every errno in the map, unknown errnos, the
// argument errors (type, non-negative, non-integer), and util._errnoException / util._extend.
const util = require('util');
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size);
for (const [errno, [name, message]] of map) {
  console.log(errno, name, message, util.getSystemErrorName(errno) === name, util.getSystemErrorMessage(errno) === message);
}
console.log(util.getSystemErrorName(-99999), util.getSystemErrorMessage(-4242));
for (const bad of ['x', 2, 0, -1.5, NaN, -Infinity, 2n]) {
  for (const fn of [util.getSystemErrorName, util.getSystemErrorMessage]) {
    try { fn(bad); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
const ex = util._errnoException(-2, 'open', 'extra');
console.log(ex.message, ex.code, ex.errno, ex.syscall, Object.keys(ex));
console.log(util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str'));
