// Checks: process.exit() without an argument exits with process.exitCode.
process.on('exit', (code) => console.log('exit listener, code', code));
process.exitCode = 7;
process.exit();
