// 200k timers made and cleared, beside 200k plain objects holding a closure: on Boa the two cost
// about the same, so the timers' time is the engine's object and closure creation, not sous's.
//   sous bench/engine/timers_vs_objects.js
const N = 200000;
let t = Date.now();
const timers = [];
for (let i = 0; i < N; i++) timers.push(setTimeout(() => {}, 100000));
const a = Date.now() - t; t = Date.now();
for (const x of timers) clearTimeout(x);
const b = Date.now() - t; t = Date.now();
const objs = [];
for (let i = 0; i < N; i++) objs.push({ f: () => {} });
const c = Date.now() - t;
console.log('create', a, 'clear', b, 'baseline push objects', c);
