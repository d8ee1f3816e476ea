'use strict';
// Node 24's deep equality, for assert's deepEqual / deepStrictEqual /
// partialDeepStrictEqual and util.isDeepStrictEqual (the rules of Node's
// lib/internal/util/comparisons.js). Loose mode compares primitives with ==
// and ignores prototypes and symbol keys; strict mode uses Object.is (NaN
// equals NaN, -0 is not 0) and compares prototypes and enumerable symbol
// keys; partial mode asks only that `actual` hold what `expected` holds.

const { types, hasOwn, isEnumerable, typedArrayTag } = require('internal/inspect/types');
const { getOwnNonIndexProperties } = require('internal/inspect/keys');

const LOOSE = 0;
const PARTIAL = 1;
const STRICT = 2;
const STRICT_NO_PROTOTYPE = 3;

const NO_ITERATOR = 0;
const ARRAY = 1;
const SET = 2;
const MAP = 3;

const objectToString = (v) => Object.prototype.toString.call(v);
const isObject = (v) => typeof v === 'object' && v !== null;

// Constructors whose instances are compared by constructor rather than prototype.
const wellKnownConstructors = new Set([Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean,
  DataView, Date, Error, Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map, Number,
  Object, Promise, RegExp, Set, String, Symbol, Uint16Array, Uint32Array, Uint8Array, Uint8ClampedArray,
  WeakMap, WeakSet]);
if (typeof Float16Array === 'function') wellKnownConstructors.add(Float16Array);

function innerDeepEqual(val1, val2, mode, memos) {
  if (val1 === val2) return val1 !== 0 || Object.is(val1, val2) || mode === LOOSE;
  if (mode !== LOOSE) {
    if (typeof val1 === 'number') return Number.isNaN(val1) && Number.isNaN(val2);
    if (!isObject(val1) || !isObject(val2)) return false;
  } else {
    if (!isObject(val1)) {
      // eslint-disable-next-line eqeqeq
      return !isObject(val2) && (val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2)));
    }
    if (!isObject(val2)) return false;
  }
  return compareObjects(val1, val2, mode, memos);
}

const sameTag = (a, b) => a[Symbol.toStringTag] === b[Symbol.toStringTag];


// Element by element (for bytes, natively unless shared memory refuses).
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    try {
      return internalBinding('buffer').compare(a, b) === 0;
    } catch {
      // A view of a SharedArrayBuffer: compared below.
    }
  }
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
const bytesOf = (view) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

// Whether the bytes of `b` appear in `a` in order (not necessarily together).
function holdsBytes(a, b) {
  if (a.length < b.length) return false;
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    while (a[i] !== b[j]) {
      i++;
      if (i > a.length - b.length + j) return false;
    }
    i++;
  }
  return true;
}

// An error's message, name, cause and errors compare even when not enumerable.
function sameErrorProperty(val1, val2, key, mode, memos) {
  return isEnumerable(val2, key) ||
    (mode === PARTIAL && (val2[key] === undefined || (key === 'message' && val2[key] === ''))) ||
    innerDeepEqual(val1[key], val2[key], mode, memos);
}

function boxedValue(v) {
  if (types.isNumberObject(v)) return ['number', Number.prototype.valueOf.call(v)];
  if (types.isStringObject(v)) return ['string', String.prototype.valueOf.call(v)];
  if (types.isBooleanObject(v)) return ['boolean', Boolean.prototype.valueOf.call(v)];
  if (types.isBigIntObject(v)) return ['bigint', BigInt.prototype.valueOf.call(v)];
  if (types.isSymbolObject(v)) return ['symbol', Symbol.prototype.valueOf.call(v)];
  return [undefined];
}

function compareObjects(val1, val2, mode, memos) {
  if (mode === STRICT) {
    const ctor = val1.constructor;
    if (wellKnownConstructors.has(ctor) || (ctor !== undefined && !hasOwn(val1, 'constructor'))) {
      if (ctor !== val2.constructor) return false;
    } else if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) {
      return false;
    }
  }
  const keyFilter = mode === LOOSE;
  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || (val1.length !== val2.length && (mode !== PARTIAL || val1.length < val2.length)) ||
        !sameTag(val1, val2)) {
      return false;
    }
    const keys2 = nonIndexKeys(val2, keyFilter);
    if (mode !== PARTIAL && keys2.length !== nonIndexKeys(val1, keyFilter).length) return false;
    return keyCheck(val1, val2, mode, memos, ARRAY, keys2);
  }
  let tag1;
  if (val1[Symbol.toStringTag] === undefined && (tag1 = objectToString(val1)) === '[object Object]') {
    if (unequalTag(tag1, val1, val2)) return false;
    return keyCheck(val1, val2, mode, memos, NO_ITERATOR);
  }
  if (types.isSet(val1) || types.isMap(val1)) {
    const isSet = types.isSet(val1);
    if (!(isSet ? types.isSet(val2) : types.isMap(val2)) ||
        (val1.size !== val2.size && (mode !== PARTIAL || val1.size < val2.size)) || !sameTag(val1, val2)) {
      return false;
    }
    return keyCheck(val1, val2, mode, memos, isSet ? SET : MAP);
  }
  if (ArrayBuffer.isView(val1)) {
    if (!ArrayBuffer.isView(val2) || typedArrayTag.call(val1) !== typedArrayTag.call(val2)) return false;
    if (mode === PARTIAL && val1.byteLength !== val2.byteLength) {
      if (!holdsBytes(bytesOf(val1), bytesOf(val2))) return false;
    } else if (mode === LOOSE && (types.isFloat32Array(val1) || types.isFloat64Array(val1) ||
        types.isFloat16Array(val1))) {
      // Loosely, 0 equals -0 and NaN is never equal.
      if (val1.byteLength !== val2.byteLength || !sameBytes(val1, val2)) return false;
    } else if (!sameBytes(bytesOf(val1), bytesOf(val2))) {
      return false;
    }
    const keys2 = nonIndexKeys(val2, keyFilter);
    if (mode !== PARTIAL && keys2.length !== nonIndexKeys(val1, keyFilter).length) return false;
    return keyCheck(val1, val2, mode, memos, NO_ITERATOR, keys2);
  }
  if (types.isDate(val1)) {
    if (!types.isDate(val2) || !sameTag(val1, val2)) return false;
    const time1 = Date.prototype.getTime.call(val1);
    const time2 = Date.prototype.getTime.call(val2);
    if (time1 !== time2 && !(Number.isNaN(time1) && Number.isNaN(time2))) return false;
  } else if (types.isRegExp(val1)) {
    if (!types.isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags ||
        val1.lastIndex !== val2.lastIndex || !sameTag(val1, val2)) {
      return false;
    }
  } else if (types.isAnyArrayBuffer(val1)) {
    if (!types.isAnyArrayBuffer(val2) || !sameTag(val1, val2)) return false;
    const a = new Uint8Array(val1);
    const b = new Uint8Array(val2);
    if (mode !== PARTIAL || a.length === b.length ? !sameBytes(a, b) : !holdsBytes(a, b)) return false;
  } else if (opaqueKind(val1) !== undefined) {
    if (!sameOpaque(opaqueKind(val1), val1, val2, mode, memos)) return false;
  } else if (unequalTag(tag1 ?? objectToString(val1), val1, val2) || Array.isArray(val2) ||
      ArrayBuffer.isView(val2) || types.isSet(val2) || types.isMap(val2) || types.isDate(val2) ||
      types.isRegExp(val2) || types.isAnyArrayBuffer(val2)) {
    return false;
  } else if (types.isNativeError(val1) || val1 instanceof Error) {
    if (!(types.isNativeError(val2) || val2 instanceof Error) ||
        !sameErrorProperty(val1, val2, 'message', mode, memos) ||
        !sameErrorProperty(val1, val2, 'name', mode, memos) ||
        !sameErrorProperty(val1, val2, 'cause', mode, memos) ||
        !sameErrorProperty(val1, val2, 'errors', mode, memos)) {
      return false;
    }
    const cause2 = hasOwn(val2, 'cause');
    if (cause2 !== hasOwn(val1, 'cause') && (mode !== PARTIAL || cause2)) return false;
  } else if (types.isBoxedPrimitive(val1)) {
    const [type1, value1] = boxedValue(val1);
    const [type2, value2] = boxedValue(val2);
    if (type1 !== type2 || !(type1 === 'number' ? Object.is(value1, value2) : value1 === value2)) return false;
  } else if (types.isBoxedPrimitive(val2) || types.isNativeError(val2) || val2 instanceof Error ||
      types.isWeakMap(val1) || types.isWeakSet(val1) || types.isPromise(val1)) {
    return false;
  }
  return keyCheck(val1, val2, mode, memos, NO_ITERATOR);
}

// Objects whose state is private compare by what they stand for, as in Node: a URL by its
// href, a KeyObject by its key, a CryptoKey by its key, algorithm, usages and extractability.
// Their modules load only when such an object exists.
function opaqueKind(value) {
  switch (objectToString(value)) {
    case '[object URL]':
      return value instanceof require('internal/url/whatwg').URL ? 'URL' : undefined;
    case '[object KeyObject]':
      return value instanceof require('internal/crypto/keys').KeyObject ? 'KeyObject' : undefined;
    case '[object CryptoKey]':
      return value instanceof require('internal/crypto/webcrypto').CryptoKey ? 'CryptoKey' : undefined;
    default:
      return undefined;
  }
}

function sameOpaque(kind, val1, val2, mode, memos) {
  if (opaqueKind(val2) !== kind) return false;
  switch (kind) {
    case 'URL':
      return val1.href === val2.href;
    case 'KeyObject':
      return val1.equals(val2);
    default: {
      const { KeyObject } = require('internal/crypto/keys');
      return val1.extractable === val2.extractable &&
        innerDeepEqual(val1.algorithm, val2.algorithm, mode, memos) &&
        innerDeepEqual(val1.usages, val2.usages, mode, memos) &&
        KeyObject.from(val1).equals(KeyObject.from(val2));
    }
  }
}

function unequalTag(tag1, val1, val2) {
  if (val1[Symbol.toStringTag] !== undefined && val2[Symbol.toStringTag] !== undefined) {
    return val1[Symbol.toStringTag] !== val2[Symbol.toStringTag];
  }
  return tag1 !== objectToString(val2);
}

// Own enumerable keys that are not indices (and enumerable symbols but loosely).
function nonIndexKeys(value, skipSymbols) {
  const keys = getOwnNonIndexProperties(value, false);
  return skipSymbols ? keys.filter((k) => typeof k === 'string') : keys;
}

function enumerableSymbols(value) {
  return Object.getOwnPropertySymbols(value).filter((key) => isEnumerable(value, key));
}

function keyCheck(val1, val2, mode, memos, iterationType, keys2) {
  let keys1;
  if (keys2 === undefined) {
    keys2 = Object.keys(val2);
    if (mode === PARTIAL) {
      keys2.push(...enumerableSymbols(val2));
    } else {
      keys1 = Object.keys(val1);
      if (keys1.length !== keys2.length) return false;
      if (mode !== LOOSE) {
        keys1.push(...enumerableSymbols(val1));
        keys2.push(...enumerableSymbols(val2));
        if (keys1.length !== keys2.length) return false;
      }
    }
  }
  if (keys2.length === 0 &&
      (iterationType === NO_ITERATOR || (iterationType === ARRAY && val2.length === 0) || val2.size === 0)) {
    return true;
  }
  // A pair met again inside itself (a cycle) is equal when both sides are.
  if (memos.has(val1) || memos.has(val2)) return memos.has(val1) && memos.has(val2);
  memos.add(val1);
  memos.add(val2);
  const result = objEquiv(val1, val2, mode, keys1, keys2, memos, iterationType);
  memos.delete(val1);
  memos.delete(val2);
  return result;
}

function objEquiv(a, b, mode, keys1, keys2, memos, iterationType) {
  for (const key of keys2) {
    const descriptor = Object.getOwnPropertyDescriptor(a, key);
    if (descriptor === undefined || descriptor.enumerable !== true) return false;
    const value = descriptor.writable !== undefined ? descriptor.value : a[key];
    if (!innerDeepEqual(value, b[key], mode, memos)) return false;
  }
  if (iterationType === ARRAY) return mode === PARTIAL ? partialArrayEquiv(a, b, memos) : arrayEquiv(a, b, mode, memos);
  if (iterationType === SET) return setEquiv(a, b, mode, memos);
  if (iterationType === MAP) return mapEquiv(a, b, mode, memos);
  return true;
}

const isHole = (array, i) => array[i] === undefined && !hasOwn(array, i);

function arrayEquiv(a, b, mode, memos) {
  for (let i = 0; i < a.length; i++) {
    if (b[i] === undefined) {
      if (isHole(b, i)) return sparseArrayEquiv(a, b, mode, memos, i);
      // Loosely, null equals undefined.
      if ((a[i] !== undefined || !hasOwn(a, i)) && (mode !== LOOSE || a[i] !== null)) return false;
    } else if ((a[i] === undefined || !innerDeepEqual(a[i], b[i], mode, memos)) && (mode !== LOOSE || b[i] !== null)) {
      return false;
    }
  }
  return true;
}

// From the first hole of `b` on: the same keys set on both sides, equal.
function sparseArrayEquiv(a, b, mode, memos, from) {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = from; i < keysB.length; i++) {
    const key = keysB[i];
    if (isHole(a, key) || !innerDeepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

// Every element of `b`, in order, among those of `a` (holes compared as keys).
function partialArrayEquiv(a, b, memos) {
  const keysA = Object.keys(a).filter((k) => !Number.isNaN(+k));
  const keysB = Object.keys(b).filter((k) => !Number.isNaN(+k));
  let i = 0;
  for (let j = 0; j < keysB.length; j++) {
    while (i < keysA.length && !innerDeepEqual(a[keysA[i]], b[keysB[j]], PARTIAL, memos)) i++;
    if (i === keysA.length) return false;
    i++;
  }
  return true;
}

// Each value of `b` not in `a` by identity must deep-equal a distinct one of
// `a` (in partial mode `a` may hold more).
function setEquiv(a, b, mode, memos) {
  const missing = [];
  for (const val of b) {
    if (a.has(val)) continue;
    if (!isObject(val) && (mode !== LOOSE || !mightHaveLoosePrimitive(a, b, val))) return false;
    missing.push(val);
  }
  if (missing.length === 0) return true;
  const candidates = [];
  for (const val of a) {
    if (!b.has(val)) candidates.push(val);
  }
  return matchAll(missing, candidates, (x, y) => innerDeepEqual(y, x, mode, memos));
}

function mapEquiv(a, b, mode, memos) {
  const missing = [];
  for (const [key2, item2] of b) {
    if (isObject(key2)) {
      missing.push(key2);
      continue;
    }
    const item1 = a.get(key2);
    if ((item1 === undefined && !a.has(key2)) || !innerDeepEqual(item1, item2, mode, memos)) {
      if (mode !== LOOSE || !mightHaveLoosePrimitive(a, b, key2)) return false;
      missing.push(key2);
    }
  }
  if (missing.length === 0) return true;
  const candidates = [];
  for (const key of a.keys()) {
    if (isObject(key) || (mode === LOOSE && !(b.has(key) && innerDeepEqual(a.get(key), b.get(key), mode, memos)))) {
      candidates.push(key);
    }
  }
  return matchAll(missing, candidates, (key2, key1) =>
    innerDeepEqual(key1, key2, mode, memos) && innerDeepEqual(a.get(key1), b.get(key2), mode, memos));
}

// Pairs each of `wanted` with a different candidate it matches (first fit).
function matchAll(wanted, candidates, matches) {
  for (const item of wanted) {
    const index = candidates.findIndex((candidate) => matches(item, candidate));
    if (index === -1) return false;
    candidates.splice(index, 1);
  }
  return true;
}

// Loosely, a primitive missing from `a` may still equal one of its values
// (1 == '1'), unless it is a symbol or not a number; undefined and null
// only each other.
function mightHaveLoosePrimitive(a, b, prim) {
  if (typeof prim === 'symbol') return false;
  if (prim === undefined || prim === null) {
    const other = prim === undefined ? null : undefined;
    return !b.has(other) && a.has(other);
  }
  return !((typeof prim === 'string' || typeof prim === 'number') && Number.isNaN(+prim));
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, LOOSE, new Set());
}

function isDeepStrictEqual(val1, val2, skipPrototype) {
  return innerDeepEqual(val1, val2, skipPrototype ? STRICT_NO_PROTOTYPE : STRICT, new Set());
}

function isPartialStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, PARTIAL, new Set());
}

module.exports = { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual };
