// Checks: an 'exit' listener that throws reports the error on stderr like any uncaught exception
// and the process exits with code 1.
process.on('exit', () => { throw new Error('in exit'); });
console.log('end of script');
