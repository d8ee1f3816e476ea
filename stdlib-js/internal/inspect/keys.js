'use strict';
// The keys inspect shows of an object, and those of an array or typed array
// that are not indices (also deep equality's keys).

const { types, ObjectKeys, isEnumerable } = require('internal/inspect/types');

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // A module namespace with a binding in its temporal dead zone: every export is enumerable.
      if (!(err instanceof ReferenceError && types.isModuleNamespaceObject(value))) throw err;
      keys = Object.getOwnPropertyNames(value);
    }
    if (symbols.length !== 0) keys.push(...symbols.filter((key) => isEnumerable(value, key)));
  }
  return keys;
}

// An array index: a canonical decimal below 2 ** 32 - 1. (Char-code tests:
// regular expressions cost microseconds each in Boa.)
function isIndexKey(key) {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return +key < 2 ** 32 - 1;
}

// Own keys that are not array indices (enumerable only unless showHidden).
function getOwnNonIndexProperties(value, showHidden) {
  const out = [];
  // An array's or typed array's indices are not listed at all (a native reads its named keys):
  // `Reflect.ownKeys` of a large one makes a string per element first. A proxy's keys come from
  // its trap, so it is asked.
  const keys = types.isProxy(value) ? Reflect.ownKeys(value) : internalBinding('util').namedKeys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'string' && isIndexKey(key)) continue;
    if (!showHidden && !isEnumerable(value, key)) continue;
    out.push(key);
  }
  return out;
}

module.exports = {
  getKeys,
  getOwnNonIndexProperties,
};
