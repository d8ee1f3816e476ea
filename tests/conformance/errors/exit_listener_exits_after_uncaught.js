// An 'exit' listener that calls process.exit(5) after an uncaught error
// ends the process with 5, and the error report is never printed.
process.on('exit', (code) => {
  console.log('exit listener', code);
  process.exit(5);
});
throw new Error('never reported');
