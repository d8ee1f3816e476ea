'use strict';
// assert.CallTracker (deprecated in Node 24, DEP0173): functions wrapped to
// count their calls, and a report of those not called as often as expected.

const { AssertionError } = require('internal/assert/assertion_error');
const { makeNodeError } = require('internal/errors');

function noop() {}

// One tracked function: its calls, and how many were expected.
class Tracked {
  #expected;
  #calls = [];
  #name;
  #stack;

  constructor(expected, name, stack) {
    this.#expected = expected;
    this.#name = name;
    this.#stack = stack;
  }

  track(thisArg, args) {
    this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze(Array.prototype.slice.call(args)) }));
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return Object.freeze(this.#calls.slice());
  }

  report() {
    if (this.#calls.length === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) but was ` +
        `executed ${this.#calls.length} time(s).`,
      actual: this.#calls.length,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stack,
    };
  }
}

class CallTracker {
  #all = new Set();
  #byFunction = new WeakMap();

  #tracked(fn) {
    const tracked = this.#byFunction.get(fn);
    if (tracked === undefined) throw makeNodeError('ERR_INVALID_ARG_VALUE', 'tracked', fn, 'is not a tracked function');
    return tracked;
  }

  reset(fn) {
    if (fn === undefined) {
      for (const tracked of this.#all) tracked.reset();
      return;
    }
    this.#tracked(fn).reset();
  }

  getCalls(fn) {
    return this.#tracked(fn).getCalls();
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    if (typeof expected !== 'number') throw makeNodeError('ERR_INVALID_ARG_TYPE', 'expected', 'number', expected);
    if (!Number.isInteger(expected)) throw makeNodeError('ERR_OUT_OF_RANGE', 'expected', 'an integer', expected);
    if (expected < 1 || expected > 4294967295) {
      throw makeNodeError('ERR_OUT_OF_RANGE', 'expected', '>= 1 && <= 4294967295', expected);
    }
    const tracked = new Tracked(expected, fn.name || 'calls', new Error());
    const wrapper = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        tracked.track(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#all.add(tracked);
    this.#byFunction.set(wrapper, tracked);
    return wrapper;
  }

  report() {
    const errors = [];
    for (const tracked of this.#all) {
      const report = tracked.report();
      if (report !== undefined) errors.push(report);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
