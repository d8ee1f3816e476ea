// Checks: a non-function callback throws synchronously a TypeError with code ERR_INVALID_ARG_TYPE
// and node's exact message, for setTimeout, setInterval, setImmediate, queueMicrotask and
// process.nextTick. Strings are not evaluated.
const show = (label, fn) => {
  try { fn(); console.log(label, 'did not throw'); } catch (e) { console.log(label, '|', e.name, '|', e.code, '|', e.message); }
};
show('setTimeout string', () => setTimeout('console.log(1)', 0));
show('setTimeout null', () => setTimeout(null));
show('setTimeout no args', () => setTimeout());
show('setTimeout object', () => setTimeout({}));
show('setTimeout array', () => setTimeout([1]));
show('setTimeout symbol', () => setTimeout(Symbol('s')));
show('setTimeout true', () => setTimeout(true));
show('setInterval undefined', () => setInterval());
show('setInterval number', () => setInterval(5, 5));
show('setImmediate number', () => setImmediate(123));
show('setImmediate string', () => setImmediate('x'));
show('queueMicrotask string', () => queueMicrotask('x'));
show('queueMicrotask undefined', () => queueMicrotask());
show('process.nextTick number', () => process.nextTick(1));
show('process.nextTick null', () => process.nextTick(null));
