// Checks: with an 'uncaughtException' listener, an error thrown in a timer does not end the
// process; the listener gets the error and origin 'uncaughtException'; later timers still run
// and the exit code is 0.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, '| origin:', origin);
});
setTimeout(() => { throw new Error('oops'); }, 0);
setTimeout(() => console.log('later timer still runs'), 20);
process.on('exit', (code) => console.log('exit', code));
