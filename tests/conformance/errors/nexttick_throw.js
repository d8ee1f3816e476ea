// Checks: an uncaught exception in a nextTick callback is reported and ends the process (code 1);
// promise jobs that were queued do not run.
process.nextTick(() => { throw new Error('from nextTick'); });
Promise.resolve().then(() => console.log('promise: never'));
console.log('end of script');
