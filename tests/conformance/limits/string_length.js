// Node's maximum string length is 2 ** 29 - 24 code units: the String
// builtins that could make a longer one throw RangeError: Invalid string
// length (and never abort on a huge allocation). Exactly the maximum works.
const max = 2 ** 29 - 24;
const tests = {
  repeat: () => 'x'.repeat(2 ** 29),
  repeatHuge: () => 'ab'.repeat(2 ** 40),
  repeatMax: () => 'x'.repeat(max),
  repeatOver: () => 'x'.repeat(max + 1),
  repeatTwoByte: () => '\u20ac'.repeat(max + 1),
  repeatNegative: () => 'x'.repeat(-1),
  repeatInfinity: () => 'x'.repeat(Infinity),
  repeatSmall: () => '\u20acb'.repeat(3),
  padStart: () => ''.padStart(2 ** 29),
  padEnd: () => 'a'.padEnd(2 ** 30, 'xy'),
  padEmptyFill: () => 'a'.padEnd(2 ** 30, ''),
  padSmall: () => 'a'.padStart(4, 'xy') + 'a'.padEnd(3),
  concat: () => { const s = 'x'.repeat(2 ** 28); return s.concat(s, s); },
  concatSmall: () => 'a'.concat(1, null, [2, 3]),
  join: () => { const s = 'x'.repeat(2 ** 27); return [s, s, s, s, s].join(''); },
};
for (const [name, f] of Object.entries(tests)) {
  try {
    const r = f();
    console.log(name, r.length > 20 ? r.length : r);
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
