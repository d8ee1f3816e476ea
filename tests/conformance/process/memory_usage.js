// Checks: process.memoryUsage() returns the documented keys, all non-negative numbers, and
// process.memoryUsage.rss() is a number.
const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => typeof v === 'number' && v >= 0));
console.log(typeof process.memoryUsage.rss(), m.rss > 0);
