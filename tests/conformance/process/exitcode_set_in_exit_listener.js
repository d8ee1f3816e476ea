// Checks: an 'exit' listener can still change the final exit code through process.exitCode;
// later listeners get the original code as their argument but see the new process.exitCode.
process.on('exit', (code) => {
  console.log('first listener', code, process.exitCode);
  process.exitCode = 9;
});
process.on('exit', (code) => console.log('second listener', code, process.exitCode));
