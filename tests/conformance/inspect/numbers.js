// Checks: numbers as Node prints them: -0, exponents, NaN, Infinity, tiny and huge values
console.log([0, -0, 1.5, -2.25, 1e21, 1e-7, 123456789012345680000, NaN, Infinity, -Infinity, 5e-324, 0.1 + 0.2]);
console.log(-0, 1e21, 0.000001, 2 ** 53);
