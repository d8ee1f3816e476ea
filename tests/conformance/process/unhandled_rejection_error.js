// Checks: an unhandled rejection with an Error reason is reported like an uncaught exception
// (source line, caret, stack header) and exits with code 1; pending timers are dropped.
Promise.reject(new Error('rejected!'));
setTimeout(() => console.log('timer: never'), 10);
process.on('exit', (code) => console.log('exit', code));
