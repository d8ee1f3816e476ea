// Checks: an 'uncaughtException' listener also catches a synchronous throw of the main script;
// the rest of the main script is skipped but queued work still runs.
process.on('uncaughtException', (err, origin) => console.log('caught:', err.message, origin));
setTimeout(() => console.log('timer still runs'), 1);
process.nextTick(() => console.log('nextTick still runs'));
throw new Error('top-level');
