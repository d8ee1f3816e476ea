// Checks: the stack overflow RangeError can be caught, and the program continues normally.
function f() { f(); }
try {
  f();
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
console.log('still running');
