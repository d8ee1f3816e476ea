// The default mode with an 'unhandledRejection' listener: a handler added later emits
// 'rejectionHandled' with the promise, or (without a listener) a warning.
const seen = [];
process.on('unhandledRejection', (reason, promise) => seen.push(promise) && console.log('unhandled', reason));
const a = Promise.reject('a');
const b = Promise.reject('b');
setTimeout(() => {
  process.once('rejectionHandled', (promise) => console.log('rejectionHandled', promise === a, seen[0] === a));
  a.catch(() => {});
  setTimeout(() => b.catch(() => console.log('b caught')), 5);
}, 5);
