// 200k pending timers, then all cleared (peak RSS is the figure).
const N = 200000;
const timers = [];
for (let i = 0; i < N; i++) timers.push(setTimeout(() => {}, 100000));
for (const t of timers) clearTimeout(t);
console.log('cleared', timers.length);
