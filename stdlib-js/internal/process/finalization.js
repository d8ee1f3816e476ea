'use strict';
// `process.finalization`: callbacks run for objects still alive when the process
// exits ('exit') or runs dry ('beforeExit'). Objects are held weakly: one that is
// garbage-collected first is dropped without its callback, as in Node.

const { makeNodeError } = require('internal/errors');

const refs = { exit: new Set(), beforeExit: new Set() };
const listening = { exit: false, beforeExit: false };
// Drops the entry of a collected object.
const registry = new FinalizationRegistry((ref) => {
  refs.exit.delete(ref);
  refs.beforeExit.delete(ref);
});

// Node marks each of these functions experimental, with one warning per function.
const warned = new Set();
function experimental(name) {
  if (warned.has(name)) return;
  warned.add(name);
  process.emitWarning(`process.finalization.${name} is an experimental feature and might change at any time`,
    'ExperimentalWarning');
}

// Only the object is checked, as in Node (a callback that is no function throws at exit).
function validate(obj) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw makeNodeError('ERR_INVALID_ARG_TYPE', 'obj', 'object', obj);
  }
}

function run(event) {
  for (const ref of refs[event]) {
    const obj = ref.deref();
    if (obj !== undefined) ref.callback(obj, event);
  }
  refs[event].clear();
}

function add(event, obj, callback) {
  validate(obj);
  if (!listening[event]) {
    listening[event] = true;
    process.on(event, () => run(event));
  }
  const ref = new WeakRef(obj);
  ref.callback = callback;
  refs[event].add(ref);
  registry.register(obj, ref, ref);
}

function register(obj, callback) {
  experimental('register');
  add('exit', obj, callback);
}

function registerBeforeExit(obj, callback) {
  experimental('registerBeforeExit');
  add('beforeExit', obj, callback);
}

function unregister(obj) {
  experimental('unregister');
  for (const set of [refs.exit, refs.beforeExit]) {
    for (const ref of set) {
      if (ref.deref() === obj) {
        registry.unregister(ref);
        set.delete(ref);
      }
    }
  }
}

module.exports = { register, registerBeforeExit, unregister };
