// Checks: objects with a null prototype
const o = Object.create(null);
console.log(o);
o.x = 1;
console.log(o);
console.log({ nested: Object.assign(Object.create(null), { y: [1] }) });
