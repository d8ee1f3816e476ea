// Checks: the own property names of Timeout.prototype and Immediate.prototype, which symbol
// methods each has, and that setTimeout and setInterval both return Timeout objects.
const t = setTimeout(() => {}, 1);
const i = setInterval(() => {}, 1);
const im = setImmediate(() => {});
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(t)));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(im)));
console.log('Timeout toPrimitive', typeof t[Symbol.toPrimitive], 'dispose', typeof t[Symbol.dispose]);
console.log('Immediate toPrimitive', typeof im[Symbol.toPrimitive], 'dispose', typeof im[Symbol.dispose]);
console.log(typeof t, t.constructor.name, i.constructor.name, im.constructor.name);
console.log('same prototype', Object.getPrototypeOf(t) === Object.getPrototypeOf(i));
clearTimeout(t);
clearInterval(i);
clearImmediate(im);
