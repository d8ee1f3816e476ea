// Requests come first, then handles, then timeouts, then immediates,
// whatever the order they were created in. Only stdout is touched (by process.stdout.write), and
// the lines are printed at exit: Node 24 counts stderr's pipe from some time after the first
// console.log, an internal timing this case does not pin down.
process.stdout.write('start\n');
const lines = [];
const getInfo = process.getActiveResourcesInfo.bind(process);
const info = () => getInfo().join(' ') || '(none)';
setImmediate(() => {});
setTimeout(() => {}, 5);
setImmediate(() => {});
setInterval(function tick() { clearInterval(this); }, 3);
lines.push(info());
lines.push(info());
Promise.resolve().then(() => lines.push(`microtask ${info()}`));
process.nextTick(() => lines.push(`nextTick ${info()}`));
process.on('exit', () => process.stdout.write(`${lines.join('\n')}\nexit ${info()}\n`));
