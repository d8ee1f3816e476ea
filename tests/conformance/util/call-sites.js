// Checks: util.getCallSites: the caller's frames (function name, script, line; columns are left
// out, Boa reports the call's `(` where V8 reports the callee's name), the frame count limit,
// the options form, null-prototype objects, and the argument errors.
const util = require('util');
function inner() { return util.getCallSites(2); }
function outer() {
  return inner();
}
const sites = outer();
console.log(sites.length, Object.getPrototypeOf(sites[0]), Object.keys(sites[0]).join());
for (const s of sites) console.log(s.functionName, s.scriptName === __filename, s.lineNumber, typeof s.scriptId, s.column === s.columnNumber);
console.log(util.getCallSites(1).length, util.getCallSites({ sourceMap: false })[0].lineNumber);
for (const a of [[0], [201], ['x'], [1.5], [{ sourceMap: 1 }], [2, 3], [null]]) {
  try { util.getCallSites(...a); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
