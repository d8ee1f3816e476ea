// Checks: getters: true evaluates getters (and shows throwing ones)
const { inspect } = require('util');
const o = { get a() { return 1; }, get b() { return { n: 1 }; }, get c() { throw new Error('nope'); }, get d() { return null; }, set d(v) {} };
console.log(inspect(o, { getters: true }));
console.log(inspect(o, { getters: 'set' }));
