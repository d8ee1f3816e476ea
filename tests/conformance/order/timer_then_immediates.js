// Checks: every timer due in a timers pass runs (each followed by its ticks and microtasks) before
// any immediate queued by those timers; the immediates then run in the order they were queued.
// (The main script busy-waits 5 ms so that both timers are due in the first timers pass.)
setTimeout(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('t1 promise'));
  process.nextTick(() => console.log('t1 nextTick'));
  setImmediate(() => console.log('i0 from t1'));
}, 0);
setTimeout(() => {
  console.log('t2');
  Promise.resolve().then(() => console.log('t2 promise'));
  setImmediate(() => {
    console.log('i1 from t2');
    Promise.resolve().then(() => console.log('i1 promise'));
    process.nextTick(() => console.log('i1 nextTick'));
  });
  setImmediate(() => console.log('i2 from t2'));
}, 0);
const end = Date.now() + 5;
while (Date.now() < end);
