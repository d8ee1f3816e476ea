// Checks: %s: strings, numbers (-0), bigints, symbols, objects, null, objects with own toString
const util = require('util');
console.log(util.format('%s|%s|%s|%s|%s', 'str', -0, 5n, Symbol('s'), null));
console.log(util.format('%s', { a: { b: { c: 1 } } }), util.format('%s', [1, [2, [3]]]));
console.log(util.format('%s', { toString() { return 'own toString'; } }));
class K { toString() { return 'class toString'; } }
console.log(util.format('%s', new K()));
console.log(util.format('%s', undefined), util.format('%s', () => 1));
