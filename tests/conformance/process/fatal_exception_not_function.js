// process._fatalException set to a value that is not a function: an uncaught exception is
// reported and the process exits with code 6; no 'exit' listener runs.
console.log(typeof process._fatalException, process._fatalException.length);
process.on('exit', (code) => console.log('exit', code));
process._fatalException = undefined;
throw new Error('ok');
