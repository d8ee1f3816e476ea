// Checks: once an uncaught error ends the process, pending timers, intervals and immediates
// never run and ticks queued by the throwing callback are dropped.
setTimeout(() => {
  process.nextTick(() => console.log('nextTick from crashing timer: never'));
  setImmediate(() => console.log('immediate: never'));
  throw new Error('crash');
}, 1);
setTimeout(() => console.log('timeout: never'), 100);
setInterval(() => console.log('interval: never'), 100);
