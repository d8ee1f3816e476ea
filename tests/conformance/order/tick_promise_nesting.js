// Checks: nextTicks queued by nextTicks run before any promise reaction; a nextTick queued from
// a promise reaction waits until the whole microtask queue is empty.
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick from p1'));
  Promise.resolve().then(() => console.log('p3 from p1'));
});
process.nextTick(() => {
  console.log('tick1');
  process.nextTick(() => console.log('tick2 (nested)'));
  Promise.resolve().then(() => console.log('p2 from tick1'));
});
