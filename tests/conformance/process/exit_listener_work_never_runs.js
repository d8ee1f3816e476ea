// Checks: timers, immediates and nextTicks scheduled inside an 'exit' listener never run (the
// loop is over), and every 'exit' listener runs once, in registration order.
process.on('exit', (code) => {
  console.log('exit listener 1, code', code);
  setTimeout(() => console.log('timer in exit: never'), 0);
  setImmediate(() => console.log('immediate in exit: never'));
  process.nextTick(() => console.log('nextTick in exit: never'));
});
process.on('exit', () => console.log('exit listener 2'));
console.log('end of script');
