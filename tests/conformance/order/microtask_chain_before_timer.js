// Checks: a long promise chain and a long run of recursive nextTicks both finish before a
// setTimeout 0 gets to run (the tick drain empties the queues completely).
let ticks = 0;
function tick() { if (++ticks < 1000) process.nextTick(tick); else console.log('1000 nextTicks done'); }
process.nextTick(tick);
let p = Promise.resolve(0);
for (let i = 0; i < 1000; i++) p = p.then((n) => n + 1);
p.then((n) => console.log('promise chain reached', n));
setTimeout(() => console.log('timeout 0'), 0);
