// JSON.parse values: ToString of the argument, own data properties (writable,
// enumerable, configurable) with "__proto__" among them, integer-like keys first,
// real arrays, -0 and overflowing numbers, lone surrogates, the four whitespace
// characters, and the JSON.parse property itself.
console.log(JSON.parse({ toString() { return '[1,{"b":2}]'; } }));
try { JSON.parse(Symbol()); } catch (e) { console.log(e.name); }
try { JSON.parse(); } catch (e) { console.log(e.name, e.message); }
const o = JSON.parse('{"__proto__":{"x":1},"2":0,"1":0,"a":0,"4294967295":0}');
console.log(Object.keys(o), o.x, Object.getOwnPropertyDescriptor(o, 'a'));
const a = JSON.parse('[1,2]');
console.log(Object.getPrototypeOf(a) === Array.prototype, Object.getOwnPropertyDescriptor(a, 0), a.length);
console.log(Object.is(JSON.parse('-0'), -0), JSON.parse('1e400'), JSON.parse('-1e400'), JSON.parse('0.1e-400'));
console.log(JSON.parse('"\\ud800"').length, JSON.parse('"\\ud800"').charCodeAt(0));
console.log(JSON.parse(' \t\n\r1 \t\n\r'));
console.log(Object.getOwnPropertyDescriptor(JSON, 'parse'));
