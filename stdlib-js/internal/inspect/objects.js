'use strict';
// What inspect calls an object (its constructor and tag prefix, the base of
// a function, class or boxed primitive).

const natives = internalBinding('util');
const { types, hasOwn, objectToString } = require('internal/inspect/types');
const { stylizeNoColor } = require('internal/inspect/styles');
const { formatPrimitive } = require('internal/inspect/primitives');

let builtInObjects;
// The engine's globals only: in Node these (installed after V8's) are not built in.
const nodeGlobals = new Set(['Buffer', 'AbortController', 'AbortSignal', 'EventTarget', 'Event', 'DOMException',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder']);
function isBuiltInName(name) {
  if (builtInObjects === undefined) {
    builtInObjects = new Set(Object.getOwnPropertyNames(globalThis)
      .filter((e) => /^[A-Z][a-zA-Z0-9]+$/.test(e) && !nodeGlobals.has(e)));
  }
  return builtInObjects.has(name);
}

// V8's class name of an object (what `%GetConstructorName` reports).
function internalConstructorName(v) {
  const tag = objectToString(v).slice(8, -1);
  return tag === 'Function' || tag === 'AsyncFunction' || tag === 'GeneratorFunction' ? 'Function' : 'Object';
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    // A tag that names the constructor in a namespace (`Intl.NumberFormat` for
    // `NumberFormat`) replaces the name instead of following it, as in Node 24.
    if (tag.length > constructor.length + 1 && tag.endsWith(`.${constructor}`)) return `${tag}${size} `;
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// A key printed bare: /^[a-zA-Z_][a-zA-Z_0-9]*$/.
function isIdentifierKey(key) {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (i > 0 && c >= 48 && c <= 57))) return false;
  }
  return true;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let fn;
  let type;
  if (types.isNumberObject(value)) {
    fn = Number.prototype.valueOf;
    type = 'Number';
  } else if (types.isStringObject(value)) {
    fn = String.prototype.valueOf;
    type = 'String';
    // The index keys of a boxed string only repeat its value.
    keys.splice(0, value.length);
  } else if (types.isBooleanObject(value)) {
    fn = Boolean.prototype.valueOf;
    type = 'Boolean';
  } else if (types.isBigIntObject(value)) {
    fn = BigInt.prototype.valueOf;
    type = 'BigInt';
  } else {
    fn = Symbol.prototype.valueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, fn.call(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// A class constructor: compiled code whose own `prototype` is read-only.
function isClass(fn) {
  if (!natives.isCompiledFunction(fn)) return false;
  const desc = Object.getOwnPropertyDescriptor(fn, 'prototype');
  return desc !== undefined && desc.writable === false;
}

function getClassBase(value, constructor, tag) {
  const hasName = hasOwn(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  if (isClass(value)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

module.exports = {
  isBuiltInName,
  internalConstructorName,
  getPrefix,
  isIdentifierKey,
  getCtxStyle,
  getIteratorBraces,
  getBoxedBase,
  getFunctionBase,
};
