// process.exit() ends through process.reallyExit, which a program may replace; then the
// script goes on, and 'exit' is not emitted a second time.
process.on('exit', (code) => console.log('exit', code));
process.reallyExit = (code) => console.log('reallyExit', code);
process.exit(3);
console.log('after exit');
process.exitCode = 0;
