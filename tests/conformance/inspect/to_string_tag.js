// Checks: Symbol.toStringTag is shown as [Tag] unless it is an own enumerable key
class T { get [Symbol.toStringTag]() { return 'Tagged'; } }
console.log(new T());
console.log({ [Symbol.toStringTag]: 'own', a: 1 });
const o = Object.create({ [Symbol.toStringTag]: 'Proto' });
console.log(o);
