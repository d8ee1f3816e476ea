// Checks: an unref'd immediate does not keep the process alive: with nothing else pending the
// process exits before the check phase, so it never runs.
const im = setImmediate(() => console.log('unref immediate (should NOT print)'));
im.unref();
console.log('hasRef', im.hasRef());
process.on('exit', (c) => console.log('exit', c));
