// Error.prepareStackTrace: called once per error with the error and call-site objects, its
// result becomes `stack`; util.getCallSites does not go through it.
const util = require('util');
let calls = 0;
Error.prepareStackTrace = (err, sites) => {
  calls++;
  const first = sites[0];
  return `${err.name}|${err.message}|${Array.isArray(sites)}|${typeof first.getFileName()}|` +
    `${typeof first.getLineNumber()}|${typeof first.isNative()}|${typeof first.toString()}`;
};
function make() {
  return new TypeError('boom');
}
const e = make();
console.log(e.stack);
console.log(e.stack, calls);
console.log(Object.getOwnPropertyDescriptor(e, 'stack').enumerable);
console.log(util.getCallSites().length > 0, calls);
Error.prepareStackTrace = undefined;
console.log(new Error('plain').stack.split('\n')[0]);
