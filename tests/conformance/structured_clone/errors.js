// structuredClone's errors: DataCloneError for what cannot be cloned, and option checks.
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e instanceof DOMException, Object.keys(e));
  }
}
attempt('arrow', () => structuredClone(() => {}));
attempt('function', () => structuredClone(function f(a) { return a; }));
attempt('symbol', () => structuredClone(Symbol('x')));
attempt('nested symbol', () => structuredClone({ a: [Symbol()] }));
attempt('nested function', () => structuredClone([1, () => 1]));
attempt('WeakMap', () => structuredClone(new WeakMap()));
attempt('WeakSet', () => structuredClone(new WeakSet()));
attempt('Promise', () => structuredClone(Promise.resolve()));
attempt('in Map', () => structuredClone(new Map([[1, () => 2]])));
attempt('missing', () => structuredClone());
attempt('options 5', () => structuredClone(1, 5));
attempt('options str', () => structuredClone(1, 'x'));
attempt('transfer 5', () => structuredClone(1, { transfer: 5 }));
attempt('transfer null', () => structuredClone(1, { transfer: null }));
attempt('transfer [ab, 5]', () => structuredClone(1, { transfer: [new ArrayBuffer(1), 5] }));
attempt('transfer dup', () => { const b = new ArrayBuffer(2); return structuredClone(1, { transfer: [b, b] }); });
attempt('transfer view', () => structuredClone(1, { transfer: [new Uint8Array(1)] }));
attempt('transfer DOMException', () => { const e = new DOMException('t'); return structuredClone(e, { transfer: [e] }); });
const e = new DOMException('x', 'DataCloneError');
console.log(e.code, e.name, DOMException.name);
