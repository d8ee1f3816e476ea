// 'uncaughtExceptionMonitor' listeners see an uncaught error first; one that throws makes its
// error the fatal one, with exit code 7.
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitored', err.message, origin);
  throw new TypeError('from the monitor');
});
process.on('uncaughtException', () => console.log('never'));
throw new Error('first');
