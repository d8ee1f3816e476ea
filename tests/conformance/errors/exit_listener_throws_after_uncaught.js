// An 'exit' listener that throws while the process dies of an uncaught
// error: only the first error is reported, and the exit code stays 1.
process.on('exit', (code) => {
  console.log('exit listener', code);
  throw new Error('from the exit listener');
});
throw new Error('the uncaught one');
