// Checks: after the main script, the nextTick queue runs before promise reactions, and
// Promise.then and queueMicrotask share one FIFO queue (in the order they were queued).
console.log('sync 1');
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('queueMicrotask 1'));
process.nextTick(() => console.log('nextTick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('nextTick 2'));
queueMicrotask(() => console.log('queueMicrotask 2'));
console.log('sync 2');
