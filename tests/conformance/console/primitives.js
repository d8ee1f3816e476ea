// Checks: how primitives print: numbers (incl. -0, NaN, Infinity, exponents, floats),
// booleans, null, undefined, bigint, symbols.
console.log(0, -0, 1, -1, 3.14, 0.1 + 0.2);
console.log(NaN, Infinity, -Infinity);
console.log(1e21, 1e-7, 123456789012345680000, 2 ** 53);
console.log(true, false);
console.log(null, undefined);
console.log(10n, -5n);
console.log(Symbol('desc'), Symbol());
console.log(-0 + '', String(-0));
