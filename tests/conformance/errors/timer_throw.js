// Checks: an uncaught exception in a timer callback ends the process with code 1; the report's
// caret points at the property access; the other timer never runs; 'exit' listeners run with 1.
console.log('before');
setTimeout(() => {
  console.log('in timer');
  null.foo;
}, 1);
setTimeout(() => console.log('second timer: never'), 50);
process.on('exit', (c) => console.log('exit event code', c));
