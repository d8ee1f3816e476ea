// Checks: boxed primitives: Number, String, Boolean, BigInt and Symbol wrappers
console.log(new Number(3), new String('ab'), new Boolean(false), Object(1n), Object(Symbol('q')));
const n = new Number(-0);
n.x = 1;
console.log(n, [new String('in array')]);
