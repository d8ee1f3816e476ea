// util.isDeepStrictEqual's third argument, skipPrototype: objects built by different
// constructors compare by their properties alone (nested too); without it they differ.
const { isDeepStrictEqual } = require('util');
function A(v) { this.value = v; }
function B(v) { this.value = v; }
console.log(isDeepStrictEqual(new A(1), new B(1)), isDeepStrictEqual(new A(1), new B(1), true));
console.log(isDeepStrictEqual(new A(1), new B(2), true));
console.log(isDeepStrictEqual({ o: new A([1]) }, { o: new B([1]) }, true), isDeepStrictEqual([new A(1)], [new B(1)]));
console.log(isDeepStrictEqual(Object.create(null), {}, true), isDeepStrictEqual(Object.create(null), {}));
