// Checks: primitives print exactly as Node prints them
console.log(0, -0, 1.5, -1e-7, 1e21, 123456789.123456789, 2 ** 64, NaN, Infinity, 1n, true, null, undefined);
console.log(0.1, 100, 1e300 * 10, -5e-324, 4.35, 0.000001, 1e-6, 1234.5e10);
console.error(-0, 2n, false);
console.log('');
console.log();
console.log('a', '', 'b');
