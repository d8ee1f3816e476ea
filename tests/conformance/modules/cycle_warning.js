// A require cycle: reading a property the partial exports lack warns (Object.prototype's
// names and __esModule do not); once the module is done its exports are plain again.
const a = require('./fixtures/cycle_warn/a.js');
console.log(Object.getPrototypeOf(a) === Object.prototype, a.late, a.missing);
