// Checks: maxArrayLength: 0, 2, null for arrays, typed arrays and sets
const { inspect } = require('util');
console.log(inspect([1, 2, 3, 4], { maxArrayLength: 2 }));
console.log(inspect([1, 2, 3], { maxArrayLength: 0 }));
console.log(inspect(new Uint8Array(5), { maxArrayLength: 1 }));
console.log(inspect(Array(200).fill(0), { maxArrayLength: null }).split('\n').length);
