// Checks: bigints with n, symbols with and without description, well-known symbols
console.log([1n, -5n, 2n ** 70n], Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('reg'));
console.log({ s: Symbol('in object') });
