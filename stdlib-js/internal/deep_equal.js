'use strict';
// Node's comparison for assert.deepStrictEqual / deepEqual and
// util.isDeepStrictEqual (lib/internal/util/comparisons.js, condensed):
// strict mode compares prototypes, [[Class]], own enumerable string and
// symbol keys, Object.is for primitives (NaN equal, -0 !== 0); loose mode
// uses == for primitives and ignores prototypes and symbols.

const kStrict = true;
const kLoose = false;

const objectToString = (v) => Object.prototype.toString.call(v);
const { isView } = ArrayBuffer;

function isBoxed(v) {
  return v instanceof Number || v instanceof String || v instanceof Boolean ||
    (typeof BigInt !== 'undefined' && v instanceof BigInt) || v instanceof Symbol;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict, undefined);
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || Object.is(val1, val2) || !strict;
  }
  if (strict) {
    if (typeof val1 !== 'object') return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  const tag1 = objectToString(val1);
  const tag2 = objectToString(val2);
  if (tag1 !== tag2) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = ownKeys(val1, strict, true);
    const keys2 = ownKeys(val2, strict, true);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, 'array', keys1);
  } else if (tag1 === '[object Object]' && !isView(val1) && !(val1 instanceof Map) && !(val1 instanceof Set)) {
    if (isBoxedOrSpecial(val1) || isBoxedOrSpecial(val2)) {
      if (!sameSpecial(val1, val2)) return false;
    }
    return keyCheck(val1, val2, strict, memos, 'object');
  } else if (val1 instanceof Date) {
    if (!(val2 instanceof Date) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) return false;
  } else if (val1 instanceof RegExp) {
    if (!(val2 instanceof RegExp) || val1.source !== val2.source || val1.flags !== val2.flags ||
        val1.lastIndex !== val2.lastIndex) return false;
  } else if (val1 instanceof Error) {
    if (!(val2 instanceof Error) || val1.message !== val2.message || val1.name !== val2.name) return false;
  } else if (isView(val1)) {
    if (!isView(val2)) return false;
    if (!strict && (val1 instanceof Float32Array || val1 instanceof Float64Array)) {
      if (val1.length !== val2.length) return false;
      for (let i = 0; i < val1.length; i++) if (val1[i] !== val2[i]) return false;
    } else {
      const a = new Uint8Array(val1.buffer, val1.byteOffset, val1.byteLength);
      const b = new Uint8Array(val2.buffer, val2.byteOffset, val2.byteLength);
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    }
    const keys1 = ownKeys(val1, strict, true);
    if (keys1.length !== ownKeys(val2, strict, true).length) return false;
    return keyCheck(val1, val2, strict, memos, 'object', keys1);
  } else if (val1 instanceof Set) {
    if (!(val2 instanceof Set) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, 'set');
  } else if (val1 instanceof Map) {
    if (!(val2 instanceof Map) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, 'map');
  } else if (val1 instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && val1 instanceof SharedArrayBuffer)) {
    const a = new Uint8Array(val1);
    const b = new Uint8Array(val2);
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  } else if (isBoxed(val1)) {
    if (!sameSpecial(val1, val2)) return false;
  } else if (typeof val1 === 'function' || val1 instanceof WeakMap || val1 instanceof WeakSet || val1 instanceof Promise) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, 'object');
}

function isBoxedOrSpecial(v) {
  return isBoxed(v);
}

function sameSpecial(a, b) {
  if (a instanceof Number) return b instanceof Number && Object.is(a.valueOf(), b.valueOf());
  if (a instanceof String) return b instanceof String && a.valueOf() === b.valueOf();
  if (a instanceof Boolean) return b instanceof Boolean && a.valueOf() === b.valueOf();
  if (typeof BigInt !== 'undefined' && a instanceof BigInt) return b instanceof BigInt && a.valueOf() === b.valueOf();
  if (a instanceof Symbol) return b instanceof Symbol && a.valueOf() === b.valueOf();
  return false;
}

function ownKeys(obj, strict, skipIndices) {
  let keys = Object.keys(obj);
  if (skipIndices) keys = keys.filter((k) => !(String(k >>> 0) === k && (k >>> 0) !== 4294967295));
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(obj)) {
      if (Object.prototype.propertyIsEnumerable.call(obj, s)) keys.push(s);
    }
  }
  return keys;
}

function keyCheck(val1, val2, strict, memos, kind, aKeys) {
  if (aKeys === undefined) {
    aKeys = ownKeys(val1, strict, false);
    const bKeys = ownKeys(val2, strict, false);
    if (aKeys.length !== bKeys.length) return false;
  }
  for (const key of aKeys) {
    if (!Object.prototype.propertyIsEnumerable.call(val2, key)) return false;
  }
  if (!strict) {
    // loose: symbols are ignored, extra enumerable symbols on b are fine
  }
  if (memos === undefined) memos = { a: new Map(), b: new Map(), position: 0 };
  else {
    const m1 = memos.a.get(val1);
    if (m1 !== undefined) {
      const m2 = memos.b.get(val2);
      if (m2 !== undefined) return m1 === m2;
    }
    memos.position++;
  }
  memos.a.set(val1, memos.position);
  memos.b.set(val2, memos.position);
  const result = objEquiv(val1, val2, strict, aKeys, memos, kind);
  memos.a.delete(val1);
  memos.b.delete(val2);
  return result;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      const hasA = Object.prototype.hasOwnProperty.call(a, i);
      const hasB = Object.prototype.hasOwnProperty.call(b, i);
      if (hasA !== hasB) {
        return false;
      } else if (!innerDeepEqual(a[i], b[i], strict, memos)) {
        return false;
      }
    }
  } else if (kind === 'set') {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === 'map') {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function setEquiv(a, b, strict, memos) {
  const pending = [];
  for (const v of a) {
    if (typeof v === 'object' && v !== null) pending.push(v);
    else if (!b.has(v)) {
      if (strict) return false;
      if (![...b].some((w) => (typeof w !== 'object' || w === null) && innerDeepEqual(v, w, false, memos))) return false;
    }
  }
  if (pending.length === 0) return true;
  const candidates = [...b].filter((w) => typeof w === 'object' && w !== null);
  for (const v of pending) {
    const idx = candidates.findIndex((w) => innerDeepEqual(v, w, strict, memos));
    if (idx === -1) return false;
    candidates.splice(idx, 1);
  }
  return true;
}

function mapEquiv(a, b, strict, memos) {
  const pending = [];
  for (const [k, v] of a) {
    if (typeof k === 'object' && k !== null) {
      pending.push([k, v]);
    } else {
      if (!b.has(k)) return false;
      if (!innerDeepEqual(v, b.get(k), strict, memos)) return false;
    }
  }
  if (pending.length === 0) return true;
  const candidates = [...b].filter(([k]) => typeof k === 'object' && k !== null);
  for (const [k, v] of pending) {
    const idx = candidates.findIndex(([k2, v2]) => innerDeepEqual(k, k2, strict, memos) &&
      innerDeepEqual(v, v2, strict, memos));
    if (idx === -1) return false;
    candidates.splice(idx, 1);
  }
  return true;
}

module.exports = { isDeepEqual, isDeepStrictEqual };
