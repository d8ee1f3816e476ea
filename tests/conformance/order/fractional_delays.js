// Checks: fractional delays are truncated for scheduling: 100.9 shares the 100 ms list with a later 100,
// so it fires first; 1.9 and 0.5 behave as 1 ms. _idleTimeout keeps the original number
// (except below 1, which becomes 1). Delays 1 vs 100 are far apart so the order is deterministic.
const a = setTimeout(() => console.log('A 100.9ms'), 100.9);
setTimeout(() => console.log('B 100ms'), 100);
const c = setTimeout(() => console.log('C 1.9ms'), 1.9);
const d = setTimeout(() => console.log('D 0.5ms'), 0.5);
setTimeout(() => console.log('E 1ms'), 1);
console.log('_idleTimeout', a._idleTimeout, c._idleTimeout, d._idleTimeout);
