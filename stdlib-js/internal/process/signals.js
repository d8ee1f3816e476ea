'use strict';
// Signal events on `process`: the first listener for a signal's name starts
// the native watch (runtime/ops/process/signals.rs), as Node's
// startListeningIfSignal does. A signal that arrives while nobody listens
// any more takes its default action (the native side carries it out when
// this returns false).

const { signals } = require('internal/os_constants');

function install(proc, binding) {
  const listening = new Set();
  proc.on('newListener', (type) => {
    if (typeof type !== 'string' || !type.startsWith('SIG') || listening.has(type)) return;
    const signum = signals[type];
    if (signum === undefined) return;
    const status = binding.signalListen(signum, (n) => {
      if (proc.listenerCount(type) === 0) return false;
      proc.emit(type, type, n);
      return true;
    });
    if (status < 0) throw require('util')._errnoException(status, 'uv_signal_start');
    listening.add(type);
  });
}

module.exports = { install };
