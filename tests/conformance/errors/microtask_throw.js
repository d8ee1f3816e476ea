// Checks: an exception thrown in a queueMicrotask callback is uncaught (not a rejection):
// it is reported and ends the process with code 1.
queueMicrotask(() => { throw new Error('from microtask'); });
setTimeout(() => console.log('timer: never'), 1);
