// Checks: runaway recursion throws "RangeError: Maximum call stack size exceeded"; uncaught, it is
// reported (caret at the recursive call) and the exit code is 1.
function f() { f(); }
f();
