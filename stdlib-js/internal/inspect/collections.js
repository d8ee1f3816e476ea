'use strict';
// The entries of arrays, typed arrays, array buffers, sets, maps, promises, weak
// collections and module namespaces: the `formatter` that formatRaw in
// ./value.js picks for each. Loaded by value.js on the first such value; it
// requires value.js back at load, which is whole by then (value.js requires
// this file only when formatting, never while it loads).

const natives = internalBinding('util');
const { formatValue, formatProperty, formatInternalProperty } = require('internal/inspect/value');
const { hasOwn, ObjectKeys } = require('internal/inspect/types');
const { formatNumber, formatBigInt } = require('internal/inspect/primitives');
const { kObjectType, kArrayType } = require('internal/inspect/layout');

const numberRegExp = /^(0|[1-9][0-9]*)$/;

// A namespace's exports; one still in its temporal dead zone (an import cycle) throws a
// ReferenceError when read, and is shown as `<uninitialized>`.
function formatNamespace(keys, ctx, namespace, recurseTimes) {
  return keys.map((key) => {
    try {
      return formatProperty(ctx, namespace, recurseTimes, key, kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      const name = formatProperty(ctx, { [key]: undefined }, recurseTimes, key, kObjectType);
      return `${name.slice(0, name.lastIndexOf(' ') + 1)}${ctx.stylize('<uninitialized>', 'special')}`;
    }
  });
}

const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

// A sparse array, or one with non-index keys inside the shown range.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function hexBytes(bytes, count) {
  const parts = new Array(count);
  for (let i = 0; i < count; i++) parts[i] = bytes[i].toString(16).padStart(2, '0');
  return parts.join(' ');
}

function formatArrayBuffer(ctx, value) {
  let buffer;
  try {
    buffer = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexBytes(buffer, Math.min(ctx.maxArrayLength, buffer.length));
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    for (const key of kTypedArrayInternals) {
      output.push(formatInternalProperty(ctx, value[key], recurseTimes, key, true));
    }
  }
  return output;
}

function formatSet(set, length, ctx, ignored, recurseTimes) {
  const iterator = Set.prototype.values.call(set);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of iterator) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, length, ctx, ignored, recurseTimes) {
  const iterator = Map.prototype.entries.call(map);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of iterator) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// Map/Set iterators: Boa cannot preview their entries without consuming
// them, so they print without entries.
function formatIterator(braces, ctx) {
  return [];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  const details = natives.getPromiseDetails(value);
  const state = details[0];
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

const kTypedArrayInternals = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];

module.exports = {
  formatNamespace,
  formatArray,
  formatTypedArray,
  formatArrayBuffer,
  formatSet,
  formatMap,
  formatIterator,
  formatWeakCollection,
  formatPromise,
};
