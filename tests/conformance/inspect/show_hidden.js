// Checks: showHidden shows non-enumerable properties and array length
const { inspect } = require('util');
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
console.log(inspect(o, { showHidden: true }));
console.log(inspect([1, 2], { showHidden: true }));
console.log(inspect(o));
