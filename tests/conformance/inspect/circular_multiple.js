// Checks: several circular targets are numbered in order of discovery
const a = { n: 'a' };
const b = { n: 'b', a };
a.b = b;
b.self = b;
console.log(a);
const m = new Map();
m.set('me', m);
console.log(m);
