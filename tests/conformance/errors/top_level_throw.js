// Checks: an uncaught throw in the main script is reported on stderr as file:line, the source
// line, a caret under the throw, a blank line, the error's stack header; exit code 1.
console.log('before');
function f() { throw new TypeError('bad thing'); }
f();
console.log('not reached');
