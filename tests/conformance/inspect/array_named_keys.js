// An array's own named keys (strings, then symbols; 'length' with showHidden) are shown after its
// elements, the same whether the array is sparse or large.
const util = require('util');
const a = [1, , 3];
a.label = 'x';
a[Symbol('s')] = 2;
Object.defineProperty(a, 'hidden', { value: 4, enumerable: false });
console.log(util.inspect(a));
console.log(util.inspect(a, { showHidden: true }));
const big = new Array(200);
big[150] = 'far';
big.tag = true;
console.log(util.inspect(big, { maxArrayLength: 3 }));
console.log(util.isDeepStrictEqual(Object.assign([1], { k: 1 }), Object.assign([1], { k: 1 })), util.isDeepStrictEqual(Object.assign([1], { k: 1 }), [1]));
