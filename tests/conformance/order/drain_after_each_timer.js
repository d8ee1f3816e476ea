// Checks: nextTicks and microtasks queued by a timer callback run right after THAT callback,
// before the next due timer (Node >= 11), and nextTicks go before promises even when queued later.
setTimeout(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('t1 promise'));
  process.nextTick(() => console.log('t1 nextTick'));
}, 0);
setTimeout(() => {
  console.log('t2');
  queueMicrotask(() => console.log('t2 queueMicrotask'));
}, 0);
setTimeout(() => console.log('t3'), 0);
