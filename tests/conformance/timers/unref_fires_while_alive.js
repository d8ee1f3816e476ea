// Checks: unref'd timers, intervals and immediates still run while something ref'd (a 200 ms
// timer) keeps the loop alive; ref() makes an unref'd timer keep the process alive again.
setTimeout(() => console.log('unref 50ms timeout fired'), 50).unref();
let n = 0;
setInterval(() => n++, 5).unref();
setImmediate(() => console.log('unref immediate fired')).unref();
setTimeout(() => console.log('ref 200ms timeout fired; unref interval ran:', n > 0), 200);
const late = setTimeout(() => console.log('unref then ref 300ms timeout fired'), 300);
late.unref();
late.ref();
