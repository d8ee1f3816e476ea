// Checks: arguments beyond the placeholders are appended, objects inspected
const util = require('util');
console.log(util.format('%s', 'a', 'b', { c: 1 }, [2], 3));
console.log(util.format('no placeholders', 1, 'two'));
