// Checks: process.exit(5) ends the process at once with code 5: 'exit' listeners run
// synchronously with the code, pending timers and microtasks never run, nor does the next line.
process.on('exit', (code) => console.log('exit listener, code', code));
setTimeout(() => console.log('timer: never'), 10);
setImmediate(() => console.log('immediate: never'));
Promise.resolve().then(() => console.log('microtask: never'));
process.nextTick(() => console.log('nextTick: never'));
console.log('calling exit(5)');
process.exit(5);
console.log('not reached');
