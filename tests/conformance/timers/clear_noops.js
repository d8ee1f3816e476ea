// Checks: clearing with values that are not timers is a silent no-op, and does not disturb a
// pending timer or immediate (what fired is printed at exit, so their mutual order is not checked).
const fired = [];
setTimeout(() => fired.push('timer'), 5);
setImmediate(() => fired.push('immediate'));
clearTimeout(); clearTimeout(undefined); clearTimeout(null); clearTimeout('garbage'); clearTimeout({});
clearTimeout(12345); clearTimeout(-1); clearTimeout(NaN); clearTimeout(true);
clearInterval(); clearInterval(NaN); clearInterval('1');
clearImmediate(); clearImmediate(undefined); clearImmediate(null);
console.log('no throws');
process.on('exit', () => console.log('fired:', fired.sort().join(', ')));
// (Not covered: node quirks: clearImmediate(42) throws, clearImmediate({}) corrupts the immediate
// queue so a pending immediate never runs.)
