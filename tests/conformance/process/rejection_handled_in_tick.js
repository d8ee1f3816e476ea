// Checks: a rejection handled in a nextTick or microtask of the same tick drain is not unhandled.
const p = Promise.reject(new Error('late'));
process.nextTick(() => p.catch((e) => console.log('caught in nextTick', e.message)));
const q = Promise.reject(new Error('late2'));
queueMicrotask(() => q.catch((e) => console.log('caught in microtask', e.message)));
process.on('exit', (code) => console.log('exit', code));
