// Checks: process.exit(n) from inside a timer callback ends the process with n, skipping the
// rest of that callback's microtasks and the other timers.
setTimeout(() => {
  console.log('first timer calls exit(3)');
  Promise.resolve().then(() => console.log('microtask: never'));
  process.exit(3);
}, 1);
setTimeout(() => console.log('second timer: never'), 20);
process.on('exit', (code) => console.log('exit', code));
