// 'uncaughtExceptionMonitor' runs before the 'uncaughtException' listeners and before a
// capture callback, for thrown errors and for unhandled rejections.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('handler', err.message, origin));
setTimeout(() => {
  Promise.reject(new Error('second'));
}, 1);
throw new Error('first');
