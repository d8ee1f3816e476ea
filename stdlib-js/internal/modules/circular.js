'use strict';
// A module required again while it is still loading (a require cycle) hands out partial
// exports. As Node does, a plain exports object gets, until its module is done, a
// prototype that warns when a property it lacks is read.

const warningProxy = new Proxy({}, {
  get(target, prop) {
    // Object.prototype's own names and __esModule (read by transpiled code) stay quiet.
    if (prop in Object.prototype || prop === '__esModule') return Object.prototype[prop];
    warn(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(Object.prototype, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(Object.prototype, prop);
    }
    warn(prop);
    return undefined;
  },
});

function warn(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}

// The module's exports as a cycle sees them.
function markCircular(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' && !isProxy(exports) &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, warningProxy);
  }
  return module.exports;
}

// The module finished loading: its exports get their own prototype back.
function unmarkCircular(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' && !isProxy(exports) &&
      Object.getPrototypeOf(exports) === warningProxy) {
    Object.setPrototypeOf(exports, Object.prototype);
  }
}

function isProxy(value) {
  return internalBinding('util').isProxy(value);
}

module.exports = { markCircular, unmarkCircular };
