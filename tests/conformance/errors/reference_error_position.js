// An uncaught ReferenceError for an undeclared name is reported at the name, not at the start
// of the function it is in.
function f() {
  const a = 1;
  return a + missingFunction();
}
f();
