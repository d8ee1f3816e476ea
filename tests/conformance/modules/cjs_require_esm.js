const m = require('./fixtures/esm/plain.mjs');
console.log(m.value, m.default, Object.keys(m));
const o = { f(x) { return x.value; } };
console.log(o.f(require('./fixtures/esm/plain.mjs')));
