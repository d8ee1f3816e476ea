'use strict';
// Type checks for inspect and util.types, without side effects: each brand
// check calls a built-in getter or method that throws on a mismatch. Engine
// facts Boa does not expose to JavaScript (promise state, proxies, errors)
// come from runtime/ops/util.rs.

const natives = internalBinding('util');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
// Taken at load: a program that replaces Object.keys must not break inspect.
const ObjectKeys = Object.keys;
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

function brand(fn) {
  return (v) => {
    if (v === null || typeof v !== 'object') return false;
    try {
      fn(v);
      return true;
    } catch {
      return false;
    }
  };
}
const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayProto, Symbol.toStringTag);
const objectToString = (v) => Object.prototype.toString.call(v);
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const isRegExpBrand = brand((v) => getter(RegExp.prototype, 'source').call(v));
const arrayBufferLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedLength = typeof SharedArrayBuffer === 'function' ? getter(SharedArrayBuffer.prototype, 'byteLength') : null;
const dataViewLength = getter(DataView.prototype, 'byteLength');

const types = {
  isMap: brand((v) => mapSize.call(v)),
  isSet: brand((v) => setSize.call(v)),
  isWeakMap: brand((v) => WeakMap.prototype.has.call(v, {})),
  isWeakSet: brand((v) => WeakSet.prototype.has.call(v, {})),
  isDate: brand((v) => Date.prototype.getTime.call(v)),
  isRegExp: (v) => v !== RegExp.prototype && isRegExpBrand(v),
  isArrayBuffer: brand((v) => arrayBufferLength.call(v)),
  isSharedArrayBuffer: typeof SharedArrayBuffer === 'function' ?
    brand((v) => sharedLength.call(v)) : () => false,
  isDataView: brand((v) => dataViewLength.call(v)),
  isTypedArray: (v) => typedArrayTag.call(v) !== undefined,
  isPromise: (v) => natives.getPromiseDetails(v) !== undefined,
  isProxy: (v) => natives.isProxy(v),
  isModuleNamespaceObject: (v) => natives.isModuleNamespace(v),
  isNativeError: (v) => natives.isError(v),
  isNumberObject: brand((v) => Number.prototype.valueOf.call(v)),
  isStringObject: brand((v) => String.prototype.valueOf.call(v)),
  isBooleanObject: brand((v) => Boolean.prototype.valueOf.call(v)),
  isBigIntObject: brand((v) => BigInt.prototype.valueOf.call(v)),
  isSymbolObject: brand((v) => Symbol.prototype.valueOf.call(v)),
  isArgumentsObject: (v) => v !== null && typeof v === 'object' && objectToString(v) === '[object Arguments]' &&
    !hasOwn(v, Symbol.toStringTag),
  isAsyncFunction: (v) => typeof v === 'function' && /^\[object Async(Generator)?Function\]$/.test(objectToString(v)),
  isGeneratorFunction: (v) => typeof v === 'function' && /^\[object (Async)?GeneratorFunction\]$/.test(objectToString(v)),
  isMapIterator: (v) => v !== null && typeof v === 'object' && objectToString(v) === '[object Map Iterator]',
  isSetIterator: (v) => v !== null && typeof v === 'object' && objectToString(v) === '[object Set Iterator]',
  isGeneratorObject: (v) => v !== null && typeof v === 'object' && objectToString(v) === '[object Generator]',
};
types.isAnyArrayBuffer = (v) => types.isArrayBuffer(v) || types.isSharedArrayBuffer(v);
types.isBoxedPrimitive = (v) => types.isNumberObject(v) || types.isStringObject(v) ||
  types.isBooleanObject(v) || types.isBigIntObject(v) || types.isSymbolObject(v);
types.isArrayBufferView = (v) => ArrayBuffer.isView(v);
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  types[`is${name}`] = (v) => typedArrayTag.call(v) === name;
}
// Values only native add-ons (External) or the crypto module (KeyObject,
// CryptoKey) make; sous has neither, so no value is one.
types.isExternal = () => false;
types.isKeyObject = () => false;
types.isCryptoKey = () => false;

const isError = (v) => natives.isError(v) || (v !== null && typeof v === 'object' && v instanceof Error);

module.exports = {
  types,
  isError,
  hasOwn,
  ObjectKeys,
  isEnumerable,
  typedArrayTag,
  mapSize,
  setSize,
  objectToString,
};
