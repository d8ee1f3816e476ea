// Checks: util.types checks
const util = require('util');
const t = util.types;
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }));
console.log(t.isDate(new Date()), t.isRegExp(/x/), t.isMap(new Map()), t.isSet(new Set()), t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()));
console.log(t.isTypedArray(new Uint8Array()), t.isUint8Array(new Uint8Array()), t.isUint8Array(new Int8Array()), t.isArrayBuffer(new ArrayBuffer(1)), t.isAnyArrayBuffer(new ArrayBuffer(1)));
console.log(t.isAsyncFunction(async () => {}), t.isAsyncFunction(() => {}), t.isGeneratorFunction(function* () {}), t.isNativeError(new TypeError()), t.isNativeError({ name: 'Error' }));
console.log(t.isBoxedPrimitive(new Number(1)), t.isBoxedPrimitive(1), t.isNumberObject(new Number(1)), t.isStringObject(new String('')), t.isMapIterator(new Map().keys()), t.isArgumentsObject((function () { return arguments; })()));
console.log(t.isDataView(new DataView(new ArrayBuffer(1))), t.isArrayBufferView(new DataView(new ArrayBuffer(1))), t.isDate({}), t.isProxy(new Proxy({}, {})), t.isProxy({}));
