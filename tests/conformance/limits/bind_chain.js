// `f = f.bind(null)` 100,000 times: names stay exact ('bound ' × depth +
// the target's name) without keeping every longer name in memory, and the
// deepest function still calls and constructs through to its target.
function f(a, b, c) { return this === undefined ? a : 'this'; }
let g = f;
const t = Date.now();
for (let i = 0; i < 1e5; i++) g = g.bind(null, i);
console.log(g.name.length, g.name.slice(0, 20), g.name.slice(-8), g.length);
try { console.log(g()); } catch (e) { console.log(e.name, e.message); }
let h = f; for (let i = 0; i < 3; i++) h = h.bind({}, 1);
console.log(h.name, h.length, h(), h.hasOwnProperty('prototype'), Object.getOwnPropertyNames(h));
const named = Object.defineProperty(function () {}, 'name', { value: 42 });
console.log(JSON.stringify(named.bind(null).name));
class C { constructor(x) { this.x = x; } }
const B = C.bind(null, 7);
console.log(new B().x, new B() instanceof C, B.name);
let k = f;
for (let depth = 1; depth <= 1000; depth++) {
  k = k.bind(null);
  if ([1, 2, 682, 683, 684, 1000].includes(depth)) {
    console.log(depth, k.name === 'bound '.repeat(depth) + 'f', k.name.length);
  }
}
let nameless = (() => {}).bind(null);
for (let i = 0; i < 800; i++) nameless = nameless.bind(null);
console.log(nameless.name === 'bound '.repeat(801), typeof nameless.name);
