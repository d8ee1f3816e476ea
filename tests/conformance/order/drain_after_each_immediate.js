// Checks: nextTicks and microtasks queued by an immediate run right after THAT immediate,
// before the next immediate of the same check phase.
setImmediate(() => {
  console.log('i1');
  Promise.resolve().then(() => console.log('i1 promise'));
  process.nextTick(() => console.log('i1 nextTick'));
});
setImmediate(() => {
  console.log('i2');
  Promise.resolve().then(() => {
    console.log('i2 promise');
    process.nextTick(() => console.log('i2 nextTick from promise'));
  });
});
setImmediate(() => console.log('i3'));
