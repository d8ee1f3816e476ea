// module.parent: an accessor on Module.prototype (null for the main module, the requiring
// module for others), DEP0144 once with --pending-deprecation.
const proto = Object.getPrototypeOf(module);
const desc = Object.getOwnPropertyDescriptor(proto, 'parent');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log(Object.keys(module).includes('parent'), module.parent);
const child = require('./fixtures/basic/lib.js');
const m = require.cache[require.resolve('./fixtures/basic/lib.js')];
console.log(m.parent === module, typeof child);
module.parent = 5;
console.log(module.parent);
