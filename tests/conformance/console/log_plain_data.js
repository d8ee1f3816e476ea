// console.log of plain data follows util.inspect.defaultOptions as the program sets them, a
// custom inspect function (even one every object inherits), and '%' format strings.
const util = require('util');
const data = { id: 1, tags: ['a', "b'c"], nested: { deeper: { deepest: { bottom: true } } }, n: -0, big: 10n };
console.log(data, [1, 2, 3], 'text', { 'key-x': null, 7: undefined });
console.log('%s and %o', 'fmt', { a: 1 });
util.inspect.defaultOptions.depth = 0;
console.log(data);
util.inspect.defaultOptions.depth = 2;
util.inspect.defaultOptions.breakLength = 20;
console.log({ one: 'first value', two: 'second value' });
util.inspect.defaultOptions.breakLength = 80;
util.inspect.defaultOptions.sorted = true;
console.log({ b: 1, a: 2 });
util.inspect.defaultOptions.sorted = false;
console.log(Array.from({ length: 30 }, (_, i) => i * i));
Object.prototype[util.inspect.custom] = function () { return 'custom!'; };
console.log({ plain: 1 });
delete Object.prototype[util.inspect.custom];
console.log({ plain: 2 }, [{ a: [{ b: [{ c: 1 }] }] }]);
