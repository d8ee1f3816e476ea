// A getter that redefines its own property as a data property: later reads at the same
// site see the data property (Boa 0.22's inline cache keeps the accessor: a known difference).
const o = {};
Object.defineProperty(o, 'p', {
  get() { Object.defineProperty(o, 'p', { value: { f() { return 'data'; } }, writable: true, enumerable: true, configurable: true }); return { f() { return 'getter'; } }; },
  configurable: true, enumerable: true,
});
const out = [];
for (let i = 0; i < 3; i++) out.push(typeof o.p.f === 'function' ? o.p.f() : typeof o.p);
console.log(out.join(' '));
