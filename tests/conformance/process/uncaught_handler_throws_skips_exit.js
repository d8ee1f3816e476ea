// When the 'uncaughtException' listener throws, the process ends with
// code 7 at once: 'exit' listeners do not run.
process.on('exit', () => console.log('exit listener'));
process.on('uncaughtException', () => { throw new Error('handler throws'); });
throw new Error('first');
