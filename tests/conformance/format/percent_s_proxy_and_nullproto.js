// Checks: %s with a null-prototype object and a class instance
const util = require('util');
const o = Object.create(null);
o.a = 1;
console.log(util.format('%s', o));
class Pt { constructor() { this.x = 1; } }
console.log(util.format('%s', new Pt()));
console.log(util.format('%s', new Date(0)));
