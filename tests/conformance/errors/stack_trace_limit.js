// Error.stackTraceLimit: the frames an error keeps, counted when the error is made (a later
// change does not alter an error already made); 0 keeps the header only.
function frames(err) {
  return err.stack.split('\n').filter((l) => l.startsWith('    at ')).length;
}
function a() { return b(); }
function b() { return c(); }
function c() { return new Error('x'); }
console.log(Error.stackTraceLimit, Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit').enumerable);
Error.stackTraceLimit = 2;
const two = a();
Error.stackTraceLimit = 0;
const none = a();
Error.stackTraceLimit = 10;
console.log(frames(two), frames(none), none.stack);
console.log(frames(a()) >= 4);
Error.stackTraceLimit = 1;
try {
  null.x;
} catch (err) {
  console.log(frames(err));
}
