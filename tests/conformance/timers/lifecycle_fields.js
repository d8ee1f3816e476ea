// Checks: the public-ish fields through a timer's life: _destroyed is false while pending and in
// the callback, true after it fired or was cleared; close() sets _idleTimeout -1 and _onTimeout
// null; _repeat is null for a timeout and the delay for an interval. Steps run one after another.
const closed = setTimeout(() => console.log('should not fire'), 10);
console.log('pending: _destroyed', closed._destroyed, '_repeat', closed._repeat, typeof closed._onTimeout);
closed.close();
console.log('closed: _destroyed', closed._destroyed, '_idleTimeout', closed._idleTimeout, '_onTimeout', closed._onTimeout);
const t = setTimeout(() => {
  console.log('in callback: _destroyed', t._destroyed);
  setImmediate(() => {
    console.log('after callback: _destroyed', t._destroyed);
    const i = setInterval(() => {
      console.log('interval: _repeat', i._repeat, '_idleTimeout', i._idleTimeout, '_destroyed', i._destroyed);
      clearInterval(i);
      console.log('after clearInterval: _destroyed', i._destroyed);
    }, 3);
  });
}, 1);
