// Checks: an 'unhandledRejection' listener gets the reason and the promise, and keeps the process
// running with exit code 0.
process.on('unhandledRejection', (reason, p) => console.log('unhandledRejection:', reason.message, p instanceof Promise));
Promise.reject(new Error('r1'));
setTimeout(() => console.log('still running'), 5);
process.on('exit', (code) => console.log('exit', code));
