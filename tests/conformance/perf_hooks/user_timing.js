// performance: a monotonic now() counted from the process start, User Timing marks and
// measures, timerify; navigator as Node 24 fills it; AbortSignal.any.
const { performance: fromModule, PerformanceMark } = require('perf_hooks');
console.log(fromModule === performance, typeof performance.timeOrigin);
const t0 = performance.now();
const t1 = performance.now();
console.log(t0 > 0, t0 < 60000, t1 >= t0, Math.abs(performance.timeOrigin + t1 - Date.now()) < 50);
const a = performance.mark('a', { detail: { step: 1 } });
console.log(a instanceof PerformanceMark, a.name, a.entryType, a.duration, a.detail);
performance.mark('b', { startTime: a.startTime + 5 });
const m = performance.measure('a to b', 'a', 'b');
// Rounded: the difference of two float times is 5 give or take the last bit.
console.log(m.name, m.entryType, Math.round(m.duration * 1e6) / 1e6);
const m2 = performance.measure('fixed', { start: 10, duration: 4, detail: 'x' });
console.log(m2.startTime, m2.duration, m2.detail);
console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByName('a to b').length);
performance.clearMarks('a');
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
performance.clearMeasures();
console.log(performance.getEntries().length);
try {
  performance.measure('bad', 'missing');
} catch (err) {
  console.log(err.name, err.message);
}
function add(x, y) { return x + y; }
const timed = performance.timerify(add);
console.log(timed.name, timed.length, timed(2, 3));
console.log(typeof navigator.hardwareConcurrency, navigator.hardwareConcurrency > 0, navigator.userAgent);
const c1 = new AbortController();
const c2 = new AbortController();
const any = AbortSignal.any([c1.signal, c2.signal]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
c2.abort('second');
c1.abort('first');
console.log(AbortSignal.any([AbortSignal.abort('early')]).reason);
// eventLoopUtilization: the loop's waiting time is idle; the change since an earlier reading. The wait
// is long enough that a loaded machine (the start-up and the rest of the script run as active
// time) still leaves it mostly idle.
const before = performance.eventLoopUtilization();
console.log(Object.keys(before), before.utilization >= 0 && before.utilization <= 1);
setTimeout(() => {
  const since = performance.eventLoopUtilization(before);
  console.log(since.idle > 40, since.active < since.idle, since.utilization < 0.5);
  const later = performance.eventLoopUtilization();
  const between = performance.eventLoopUtilization(later, before);
  console.log(Math.abs(between.idle - (later.idle - before.idle)) < 1e-9);
}, 300);
