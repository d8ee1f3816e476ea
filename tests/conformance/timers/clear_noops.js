// Checks: clearing with values that are not timers is a silent no-op, and does not disturb a
// pending timer or immediate.
setTimeout(() => console.log('timer still fires'), 50);
setImmediate(() => console.log('immediate still fires'));
clearTimeout(); clearTimeout(undefined); clearTimeout(null); clearTimeout('garbage'); clearTimeout({});
clearTimeout(12345); clearTimeout(-1); clearTimeout(NaN); clearTimeout(true);
clearInterval(); clearInterval(NaN); clearInterval('1');
clearImmediate(); clearImmediate(undefined); clearImmediate(null);
console.log('no throws');
// (Not covered: node quirks: clearImmediate(42) throws, clearImmediate({}) corrupts the immediate
// queue so a pending immediate never runs.)
