// Checks: after an uncaught exception, 'exit' listeners run with code 1 and process.exitCode 1;
// nothing scheduled afterwards runs.
process.on('exit', (code) => console.log('exit listener', code, process.exitCode));
setImmediate(() => { throw new Error('crash'); });
