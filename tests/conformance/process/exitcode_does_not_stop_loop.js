// Checks: setting process.exitCode does not stop the loop: pending work still runs, then
// 'beforeExit' and 'exit' receive the code, and it is the process's exit code.
process.on('exit', (code) => console.log('exit, code =', code, 'process.exitCode =', process.exitCode));
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.exitCode = 3;
setImmediate(() => {
  console.log('immediate runs');
  setTimeout(() => console.log('timer runs; exitCode does not stop the loop'), 10);
});
