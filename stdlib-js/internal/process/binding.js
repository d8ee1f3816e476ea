'use strict';
// `process.binding(name)`: Node's deprecated door to its internal bindings (DEP0111). Node
// gives it only for an allow-list of names; of those, sous has Node's shape for `util` (the
// type checks, the same functions as `util.types`) and `constants` (the `os`, `fs`, `crypto`
// and `zlib` constants, the same objects as the modules'). The other allow-listed names are
// Node's C++ classes (TCP, Pipe, FSEvent...), which sous's natives are not: asking for one
// gets the error Node gives for a name it does not know.

const utilTypeChecks = [
  'isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isDataView', 'isDate',
  'isExternal', 'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp', 'isSet',
  'isSetIterator', 'isTypedArray', 'isUint8Array',
];

let constants = null;

// As in Node, 'util' is a new object on every call (a legacy wrapper), 'constants' one object.
const providers = {
  util() {
    const { types } = require('util');
    const binding = {};
    for (let i = 0; i < utilTypeChecks.length; i++) binding[utilTypeChecks[i]] = types[utilTypeChecks[i]];
    return binding;
  },
  constants() {
    constants ??= {
      os: require('os').constants,
      fs: require('fs').constants,
      crypto: require('crypto').constants,
      zlib: require('zlib').constants,
    };
    return constants;
  },
};

function binding(module) {
  module = String(module);
  if (!Object.prototype.hasOwnProperty.call(providers, module)) throw new Error(`No such module: ${module}`);
  return providers[module]();
}

// With --pending-deprecation Node wraps it in util.deprecate: DEP0111 on the first call.
function install(proc, pendingDeprecation) {
  proc.binding = pendingDeprecation ?
    require('util').deprecate(binding, 'process.binding() is deprecated. Please use public APIs instead.', 'DEP0111') :
    binding;
}

module.exports = { install };
