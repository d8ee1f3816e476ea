// Requests come first, then handles, then timeouts, then immediates,
// whatever the order they were created in.
const getInfo = process.getActiveResourcesInfo.bind(process);
const info = () => getInfo().join(' ') || '(none)';
setImmediate(() => {});
setTimeout(() => {}, 5);
setImmediate(() => {});
setInterval(function tick() { clearInterval(this); }, 3);
const first = info();
console.log(first);
console.log(info());
Promise.resolve().then(() => console.log('microtask', info()));
process.nextTick(() => console.log('nextTick', info()));
