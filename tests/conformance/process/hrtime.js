// Checks: process.hrtime() is [seconds, nanoseconds] of integers with ns < 1e9, it is monotonic,
// hrtime(prev) gives the difference in the same shape, and hrtime.bigint() is a growing bigint.
const a = process.hrtime();
console.log(Array.isArray(a), a.length, a.every(Number.isInteger), a[1] >= 0 && a[1] < 1e9);
const b = process.hrtime();
console.log('monotonic', b[0] > a[0] || (b[0] === a[0] && b[1] >= a[1]));
const d = process.hrtime(a);
console.log('diff shape', d.length, d.every(Number.isInteger), d[0] >= 0, d[1] >= 0 && d[1] < 1e9);
const x = process.hrtime.bigint();
const y = process.hrtime.bigint();
console.log(typeof x, y >= x);
const start = process.hrtime.bigint();
setTimeout(() => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log('20ms timer took at least 19ms of hrtime', ms >= 19);
}, 20);
