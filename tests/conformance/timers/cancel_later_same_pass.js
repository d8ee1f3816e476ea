// Checks: a callback can cancel a timer that is due in the same timers pass, and an immediate can
// cancel a later immediate of the same check phase. (The busy wait makes both timers due in the
// first pass.)
setTimeout(() => { console.log('t1 clears t2'); clearTimeout(t2); }, 1);
const t2 = setTimeout(() => console.log('t2 SHOULD NOT FIRE'), 1);
setTimeout(() => console.log('t3 fires'), 1);
setImmediate(() => { console.log('i1 clears i2'); clearImmediate(i2); });
const i2 = setImmediate(() => console.log('i2 SHOULD NOT FIRE'));
setImmediate(() => console.log('i3 fires'));
const end = Date.now() + 5;
while (Date.now() < end);
