'use strict';
// The console methods beyond log/info/debug/error/warn (which are natives in
// runtime/ops/console.rs for the global console). Loaded on first use of any of them.
// Each works on its `this`: the global console, or a Console instance
// (internal/console/constructor.js) with its own counts, timers and group indentation.
// Texts and rules follow Node 24's lib/internal/console/constructor.js.

const { inspect, format } = require('internal/inspect');
const binding = internalBinding('console');

const kGroupIndentationWidth = 2;
const kState = Symbol('kConsoleState');
const globalState = {
  counts: new Map(),
  timers: new Map(),
  indent: 0,
  groupIndentation: kGroupIndentationWidth,
  inspectOptions: () => (binding.stdoutColors ? { colors: true } : { colors: false }),
};

// The console a method was called on; the global one when called detached.
function target(self) {
  return self !== null && typeof self === 'object' && typeof self.log === 'function' ? self : console;
}

function stateOf(c) {
  return c[kState] || globalState;
}

function dir(object, options) {
  const c = target(this);
  c.log(inspect(object, { customInspect: false, ...stateOf(c).inspectOptions(), ...options }));
}

function dirxml(...data) {
  const c = target(this);
  Reflect.apply(c.log, c, data);
}

function trace(...args) {
  const err = { name: 'Trace', message: format(...args) };
  Error.captureStackTrace(err, trace);
  // Frames inside sous's own JavaScript (node:console) are not the caller's.
  const lines = err.stack.split('\n').filter((l) => !/^\s+at .*\(node:/.test(l));
  const c = target(this);
  c.error(lines.join('\n'));
}

function assert(expression, ...args) {
  if (!expression) {
    // Node 24: a string message is prefixed; anything else is printed after the prefix.
    if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    const c = target(this);
    Reflect.apply(c.warn, c, args);
  }
}

function count(label = 'default') {
  label = `${label}`;
  const c = target(this);
  const { counts } = stateOf(c);
  let n = counts.get(label);
  n = n === undefined ? 1 : n + 1;
  counts.set(label, n);
  c.log(`${label}: ${n}`);
}

function countReset(label = 'default') {
  label = `${label}`;
  const { counts } = stateOf(target(this));
  if (!counts.has(label)) {
    process.emitWarning(`Count for '${label}' does not exist`);
    return;
  }
  counts.delete(label);
}

function time(label = 'default') {
  label = `${label}`;
  const { timers } = stateOf(target(this));
  if (timers.has(label)) {
    process.emitWarning(`Label '${label}' already exists for console.time()`);
    return;
  }
  timers.set(label, process.hrtime());
}

const pad = (value) => `${value}`.padStart(2, '0');

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    [seconds, ms] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(c, name, label, data) {
  const start = stateOf(c).timers.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const [s, ns] = process.hrtime(start);
  const formatted = formatTime(s * 1000 + ns / 1e6);
  if (data === undefined) c.log('%s: %s', label, formatted);
  else c.log('%s: %s', label, formatted, ...data);
  return true;
}

function timeLog(label = 'default', ...data) {
  timeLogImpl(target(this), 'timeLog', `${label}`, data);
}

function timeEnd(label = 'default') {
  label = `${label}`;
  const c = target(this);
  if (timeLogImpl(c, 'timeEnd', label)) stateOf(c).timers.delete(label);
}

function group(...data) {
  const c = target(this);
  if (data.length > 0) Reflect.apply(c.log, c, data);
  const state = stateOf(c);
  state.indent += state.groupIndentation;
  if (state === globalState) binding.setIndent(state.indent);
}

function groupEnd() {
  const state = stateOf(target(this));
  state.indent = Math.max(0, state.indent - state.groupIndentation);
  if (state === globalState) binding.setIndent(state.indent);
}

// ---- console.table (Node's lib/internal/cli_table.js)

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

let stringWidth;
function width(str) {
  if (stringWidth === undefined) stringWidth = require('internal/inspect').getStringWidth;
  return stringWidth(str);
}

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    // Left-aligned, padded to the column's width.
    out += cell + ' '.repeat(columnWidths[i] - width(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => width(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      columnWidths[i] = Math.max(columnWidths[i] || 0, width(value));
    }
  }
  const divider = columnWidths.map((i) => tableChars.middleMiddle.repeat(i + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

function table(tabularData, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'properties', 'Array', properties);
  }
  const c = target(this);
  if (tabularData === null || typeof tabularData !== 'object') return c.log(tabularData);
  const { types } = require('internal/inspect');
  const final = (k, v) => c.log(renderTable(k, v));
  const cell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...stateOf(c).inspectOptions() });
  };
  const getIndexArray = (length) => Array.from({ length }, (_, i) => cell(i));

  if (types.isMap(tabularData)) {
    const keys = [];
    const values = [];
    let length = 0;
    for (const { 0: k, 1: v } of tabularData) {
      keys.push(cell(k));
      values.push(cell(v));
      length++;
    }
    return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
  }
  if (types.isSet(tabularData)) {
    const values = [];
    let length = 0;
    for (const v of tabularData) {
      values.push(cell(v));
      length++;
    }
    return final([iterKey, valuesKey], [getIndexArray(length), values]);
  }

  const map = Object.create(null);
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = cell(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
        else map[key][i] = cell(item[key]);
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push(valuesKey);
    values.push(valuesKeyArray);
  }
  keys.unshift(indexKey);
  values.unshift(indexKeyArray);
  return final(keys, values);
}

// Clears a terminal (cursor home, clear down), as Node; nothing otherwise.
function clear() {
  if (process.stdout.isTTY && process.env.TERM !== 'dumb') process.stdout.write('\u001b[1;1H\u001b[0J');
}

// Inspector-only in Node: without an inspector they do nothing.
function noop() {}

// Console methods are not constructors (`new console.count()` throws), as Node's.
function asMethod(name, fn) {
  return { [name](...args) { return Reflect.apply(fn, this, args); } }[name];
}

const all = {
  dir, dirxml, trace, assert, count, countReset, time, timeLog, timeEnd,
  group, groupCollapsed: group, groupEnd, table, clear, timeStamp: noop, profile: noop, profileEnd: noop,
};
module.exports = { kState };
for (const name of Object.keys(all)) module.exports[name] = asMethod(name, all[name]);
Object.defineProperty(module.exports, 'Console', {
  enumerable: true,
  get() { return require('internal/console/constructor').Console; },
});
