// `+` past Node's maximum string length (2 ** 29 - 24) is a RangeError:
// Invalid string length in Node. Boa has no hook for `+` (its own limit is
// 2 ** 32 - 1), so sous makes the string: a known difference.
let s = 'x'.repeat(2 ** 28);
try {
  s = s + s;
  console.log('length', s.length);
} catch (e) {
  console.log(e.name, e.message);
}
