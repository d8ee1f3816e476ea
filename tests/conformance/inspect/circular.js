// Checks: circular references: <ref *1> and [Circular *1]
const o = { name: 'root' };
o.self = o;
console.log(o);
const a = [1];
a.push(a);
console.log(a);
