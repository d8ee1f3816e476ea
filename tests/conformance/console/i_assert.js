// Checks: assert prints "Assertion failed" with formatted arguments to stderr
console.assert(true, 'never shown');
console.assert(false, 'shown %s', 'formatted', 42);
console.assert(0);
console.assert('', { obj: 1 });
console.assert(null, 'msg', 'extra');
