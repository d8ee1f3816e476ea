// An instance whose prototype was set to null still shows its class: V8 remembers the
// constructor of an object; util.format('%s') and inspect print `[Foo: null prototype] {}`.
const util = require('util');
class Foo {}
console.log(util.format('%s', Object.setPrototypeOf(new Foo(), null)));
console.log(util.inspect(Object.setPrototypeOf(new Foo(), null)));
