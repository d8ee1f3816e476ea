// Checks: inherits sets the prototype chain and super_
const util = require('util');
function Animal() {}
Animal.prototype.speak = function () { return 'noise'; };
function Dog() { Animal.call(this); }
util.inherits(Dog, Animal);
const d = new Dog();
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal);
try { util.inherits(Dog, null); } catch (e) { console.log(e.code, e.message); }
