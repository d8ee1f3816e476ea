// Boa 0.22: filling a 1e6-element array costs ~0.6 µs per element, natively (`fill`) or in a loop
// (`push`, index assignment) alike; node takes 16 ms for the whole fill. This is most of
// bench/console_big_array.js's time on sous.
//   sous bench/engine/array_fill.js
let t = Date.now();
const a = new Array(1e6).fill(7);
console.log('new Array(1e6).fill(7):', Date.now() - t, 'ms');
t = Date.now();
const b = [];
for (let i = 0; i < 1e6; i++) b.push(7);
console.log('push loop:', Date.now() - t, 'ms', a.length === b.length);
