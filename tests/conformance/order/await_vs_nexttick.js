// Checks: an async function runs synchronously up to its first await; the continuation after
// `await` is a promise job, so it runs after nextTicks.
(async () => {
  console.log('async start');
  await null;
  console.log('after await 1');
  await new Promise((resolve) => process.nextTick(resolve));
  console.log('after await 2 (resolved from a nextTick)');
})();
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
