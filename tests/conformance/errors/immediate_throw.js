// Checks: an uncaught exception in an immediate is reported and ends the process with code 1;
// the next immediate of the same phase does not run.
setImmediate(() => { throw new Error('from immediate'); });
setImmediate(() => console.log('second immediate: never'));
