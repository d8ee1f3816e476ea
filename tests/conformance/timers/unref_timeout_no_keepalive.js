// Checks: an unref'd timeout does not keep the process alive: the process exits without firing it.
const t = setTimeout(() => console.log('unref timer fired (should NOT print)'), 100);
t.unref();
console.log('hasRef', t.hasRef());
process.on('exit', (c) => console.log('exit', c));
console.log('end of script');
