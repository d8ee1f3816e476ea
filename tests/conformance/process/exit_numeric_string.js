// process.exit('2'): a string holding an integer is that integer.
process.on('exit', (code) => console.log('exit', code, typeof code));
process.exit('2');
