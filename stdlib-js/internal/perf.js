'use strict';
// The `performance` global and perf_hooks' User Timing: `now()` and
// `timeOrigin` on the loop's clock (process start), marks and measures kept
// in a buffer, `timerify`, and `eventLoopUtilization` from the time the
// loop's poll phase spent waiting (runtime/kitchen/phases.rs).

const { hrtime } = process;
const start = hrtime();
// Milliseconds since this clock started, as a float with microseconds.
function sinceStart() {
  const [s, ns] = hrtime(start);
  return s * 1e3 + ns / 1e6;
}
// Node counts from the process's start; sous's clock starts when it is first used, offset by
// the uptime the process had then.
const offset = process.uptime() * 1e3 - sinceStart();
const now = () => offset + sinceStart();
const timeOrigin = Date.now() - now();

const entries = [];

class PerformanceEntry {
  #name; #type; #start; #duration; #detail;
  constructor(name, type, start, duration, detail) {
    this.#name = name; this.#type = type; this.#start = start; this.#duration = duration; this.#detail = detail;
  }
  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }
  get detail() { return this.#detail; }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}
class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') {
      throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'options.startTime', 'number', startTime);
    }
    super(`${name}`, 'mark', startTime, 0, options?.detail ?? null);
  }
  get [Symbol.toStringTag]() { return 'PerformanceMark'; }
}
class PerformanceMeasure extends PerformanceEntry {
  get [Symbol.toStringTag]() { return 'PerformanceMeasure'; }
}

// A mark's name, or a time, as the start or end of a measure.
function timeOf(markOrTime, name) {
  if (markOrTime === undefined) return undefined;
  if (typeof markOrTime === 'number') return markOrTime;
  const found = entries.findLast((e) => e.entryType === 'mark' && e.name === markOrTime);
  if (!found) {
    throw new (require('internal/abort').DOMException)(`The "${markOrTime}" performance mark has not been set`, 'SyntaxError');
  }
  return found.startTime;
}

const performance = {
  now,
  timeOrigin,
  mark(name, options) {
    const mark = new PerformanceMark(name, options);
    entries.push(mark);
    return mark;
  },
  measure(name, startOrOptions, endMark) {
    let start; let end; let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = timeOf(startOrOptions.start);
      end = timeOf(startOrOptions.end);
      if (startOrOptions.duration !== undefined) {
        if (start === undefined) start = end - startOrOptions.duration;
        else end = start + startOrOptions.duration;
      }
      detail = startOrOptions.detail ?? null;
    } else {
      start = timeOf(startOrOptions, 'start');
      end = timeOf(endMark, 'end');
    }
    if (start === undefined) start = 0;
    if (end === undefined) end = now();
    const measure = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail);
    entries.push(measure);
    return measure;
  },
  getEntries() { return timeline((e) => true); },
  getEntriesByName(name, type) { return timeline((e) => e.name === name && (type === undefined || e.entryType === type)); },
  getEntriesByType(type) { return timeline((e) => e.entryType === type); },
  clearMarks(name) { remove('mark', name); },
  clearMeasures(name) { remove('measure', name); },
  timerify(fn) {
    if (typeof fn !== 'function') throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'fn', 'function', fn);
    const timed = function timerified(...args) {
      return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
    };
    Object.defineProperty(timed, 'name', { value: `timerified ${fn.name}`, configurable: true });
    Object.defineProperty(timed, 'length', { value: fn.length, configurable: true });
    return timed;
  },
  // Idle is the loop's waiting time, active the rest since the clock started; with earlier
  // readings, the change since them (Node's two-argument form).
  eventLoopUtilization(util1, util2) {
    const idle = internalBinding('process').loopIdle();
    const current = { idle, active: now() - idle };
    const base = util2 === undefined ? util1 : util2;
    const from = util2 === undefined ? undefined : util1;
    if (base === undefined) return { ...current, utilization: current.active / (current.idle + current.active) };
    const end = from || current;
    const i = end.idle - base.idle;
    const a = end.active - base.active;
    return { idle: i, active: a, utilization: a / (i + a) };
  },
  toJSON() { return { timeOrigin, eventLoopUtilization: this.eventLoopUtilization() }; },
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });

// The entries that pass `keep`, in start-time order (the performance timeline's).
function timeline(keep) {
  return entries.filter(keep).sort((x, y) => x.startTime - y.startTime);
}

function remove(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

module.exports = { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure };
