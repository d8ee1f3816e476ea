// Checks: how setTimeout coerces its delay (shown through _idleTimeout): ToNumber, then anything
// not in [1, 2**31-1] becomes 1 (negative, NaN, 0, undefined, null, non-numeric strings, {});
// numeric strings, [20] and true convert; fractions are kept. (Overflow warns: see overflow_warning.)
const cases = [-10, NaN, 0, 'abc', '5', '', undefined, null, 1.7, 0.5, true, false, {}, [20], [], 2 ** 31 - 1];
for (const d of cases) {
  const t = setTimeout(() => {}, d);
  console.log(typeof d, String(d).padEnd(10), '->', t._idleTimeout);
  clearTimeout(t);
}
const i = setInterval(() => {}, -5);
console.log('interval -5 ->', i._idleTimeout, i._repeat);
clearInterval(i);
