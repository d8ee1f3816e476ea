// Checks: symbol keys: enumerable shown, non-enumerable hidden unless showHidden
const { inspect } = require('util');
const o = { [Symbol('a')]: 1, [Symbol.for('b')]: 2, [Symbol.iterator]: 3 };
Object.defineProperty(o, Symbol('hid'), { value: 4, enumerable: false });
console.log(o);
console.log(inspect(o, { showHidden: true }));
