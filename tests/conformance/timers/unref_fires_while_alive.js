// Checks: unref'd timers, intervals and immediates still run while something ref'd (a 200 ms
// timer) keeps the loop alive; ref() makes an unref'd timer keep the process alive again.
const ran = { unrefTimeout: false, unrefInterval: false, unrefImmediate: false };
setTimeout(() => { ran.unrefTimeout = true; }, 50).unref();
setInterval(() => { ran.unrefInterval = true; }, 5).unref();
setImmediate(() => { ran.unrefImmediate = true; }).unref();
setTimeout(() => console.log('ref 200ms timeout fired;', ran), 200);
const late = setTimeout(() => console.log('unref then ref 300ms timeout fired'), 300);
late.unref();
late.ref();
