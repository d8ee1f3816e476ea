'use strict';
// The console methods beyond log/info/debug/error/warn (which are natives in
// runtime/ops/console.rs). Loaded on first use of any of them.

const { inspect, format } = require('util');
const binding = internalBinding('console');

let indent = 0;
const counts = new Map();
const timers = new Map();

function dir(obj, options) {
  console.log(inspect(obj, { customInspect: false, ...options }));
}

function trace(...args) {
  const err = new Error(format(...args));
  err.name = 'Trace';
  console.error(err.stack);
}

function assert(value, ...args) {
  if (!value) {
    args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
    console.warn(...args);
  }
}

function count(label = 'default') {
  label = `${label}`;
  const n = (counts.get(label) || 0) + 1;
  counts.set(label, n);
  console.log(`${label}: ${n}`);
}

function countReset(label = 'default') {
  counts.delete(`${label}`);
}

function time(label = 'default') {
  timers.set(`${label}`, process.hrtime());
}

function elapsed(label) {
  const start = timers.get(label);
  const [s, ns] = process.hrtime(start);
  const ms = s * 1e3 + ns / 1e6;
  return ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(3)}ms`;
}

function timeLog(label = 'default', ...data) {
  label = `${label}`;
  if (!timers.has(label)) return;
  console.log(`${label}: ${elapsed(label)}`, ...data);
}

function timeEnd(label = 'default') {
  label = `${label}`;
  if (!timers.has(label)) return;
  console.log(`${label}: ${elapsed(label)}`);
  timers.delete(label);
}

function group(...labels) {
  if (labels.length > 0) console.log(...labels);
  indent += 2;
  binding.setIndent(indent);
}

function groupEnd() {
  indent = Math.max(0, indent - 2);
  binding.setIndent(indent);
}

function table(data) {
  console.log(data);
}

module.exports = {
  dir, dirxml: (...a) => console.log(...a), trace, assert, count, countReset, time, timeLog, timeEnd,
  group, groupCollapsed: group, groupEnd, table,
};
