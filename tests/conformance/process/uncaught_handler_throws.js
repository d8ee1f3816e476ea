// Checks: when the 'uncaughtException' listener itself throws, node reports that error and
// exits with code 7.
process.on('uncaughtException', () => { throw new Error('handler throws'); });
setTimeout(() => { throw new Error('first'); }, 0);
