// Checks: colors: true styles numbers, strings, null, undefined, symbols, dates, regexps and specials
const { inspect } = require('util');
console.log(JSON.stringify(inspect({ n: 1, s: 'x', nul: null, u: undefined, sym: Symbol('s'), b: true, big: 2n, d: new Date(0), r: /x/, f() {}, arr: [1, , 3] }, { colors: true })));
console.log(JSON.stringify(inspect([new Map([[1, 2]]), new Set(['a'])], { colors: true })));
