// process.exit('abc') throws ERR_INVALID_ARG_TYPE: uncaught, so the
// process ends with code 1 and 'exit' listeners see 1, not the bad code.
// conformance: ignore-stderr
process.on('exit', (code) => console.log('exit', code));
console.log('before');
process.exit('abc');
