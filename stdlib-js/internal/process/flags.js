'use strict';
// `process.allowedNodeEnvironmentFlags`: the options NODE_OPTIONS may carry, as a
// read-only Set. `has()` takes a flag as Node does: with or without its leading
// dashes, `_` for `-`, and a `=value` after it. The Set's own storage stays empty,
// so that Set.prototype.add.call() on it changes nothing it reports (`keys()` and the
// iterator are `values()`, as in Node).

const kFlags = Symbol('kFlags');

class NodeEnvironmentFlagsSet extends Set {
  constructor(flags) {
    super();
    Object.defineProperty(this, kFlags, { value: Object.freeze([...flags]) });
  }

  add() { return this; }

  delete() { return false; }

  clear() {}

  has(key) {
    if (typeof key !== 'string') return false;
    key = key.replace(/_/g, '-');
    if (/^--?/.test(key)) return this[kFlags].includes(key.replace(/=.*$/, ''));
    return this[kFlags].includes(`-${key}`) || this[kFlags].includes(`--${key}`);
  }

  entries() { return new Set(this[kFlags]).entries(); }

  forEach(callback, thisArg = undefined) {
    for (const flag of this[kFlags]) Reflect.apply(callback, thisArg, [flag, flag, this]);
  }

  get size() { return this[kFlags].length; }

  values() { return this[kFlags].values(); }
}
NodeEnvironmentFlagsSet.prototype.keys = NodeEnvironmentFlagsSet.prototype.values;
NodeEnvironmentFlagsSet.prototype[Symbol.iterator] = NodeEnvironmentFlagsSet.prototype.values;

function allowedFlags(flags) {
  return Object.freeze(new NodeEnvironmentFlagsSet(flags));
}

module.exports = { allowedFlags };
