// Checks (a node quirk, kept so it is visible): on a natural exit, promise jobs queued by an
// 'exit' listener still run after all listeners (the microtask queue is drained when the emit
// returns), whereas a nextTick queued there does not.
process.on('exit', () => {
  console.log('exit listener 1');
  Promise.resolve().then(() => console.log('promise job from exit listener'));
  process.nextTick(() => console.log('nextTick from exit listener: never'));
});
process.on('exit', () => console.log('exit listener 2'));
