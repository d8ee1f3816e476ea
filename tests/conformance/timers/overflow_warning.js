// Checks: a delay above 2**31-1 (including Infinity) prints a TimeoutOverflowWarning on stderr
// and uses 1 ms; only the first warning of the process carries the --trace-warnings hint.
// The warning is emitted asynchronously, after the main script.
const a = setTimeout(() => {}, 2 ** 31);
const b = setTimeout(() => {}, Infinity);
const c = setInterval(() => {}, 1e10);
console.log(a._idleTimeout, b._idleTimeout, c._idleTimeout, c._repeat);
clearTimeout(a);
clearTimeout(b);
clearInterval(c);
console.log('end of script');
