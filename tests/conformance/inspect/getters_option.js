// Checks: getters: true evaluates getters (and shows throwing ones, formatting what they threw)
const { inspect } = require('util');
const nope = new Error('nope');
nope.stack = 'Error: nope'; // the real stack would name node's internals
const o = {
  get a() { return 1; }, get b() { return { n: 1 }; }, get c() { throw nope; }, get d() { return null; }, set d(v) {},
  get e() { throw 'a string'; }, get f() { throw { code: 1 }; },
};
console.log(inspect(o, { getters: true }));
console.log(inspect(o, { getters: 'set' }));
