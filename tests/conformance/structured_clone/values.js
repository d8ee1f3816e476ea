// structuredClone of the cloneable kinds: identity, cycles, holes, buffers, errors.
const util = require('util');
const o = { a: 1, b: [1, , 3], d: new Date(5), r: /x/gi, m: new Map([[1, { z: 1 }]]), s: new Set([1, 'two']), n: new Number(3),
  bi: 10n, st: new String('s'), bo: new Boolean(false), u: undefined, nu: null, neg: -0, nan: NaN, inf: -Infinity };
o.self = o;
o.b.prop = 'p';
const r = /y/g;
r.lastIndex = 3;
o.r2 = r;
const c = structuredClone(o);
console.log(c);
console.log(c !== o, c.self === c, Object.is(c.neg, -0), 1 in c.b, c.b.length, c.r2.lastIndex, c.m.get(1) !== o.m.get(1), c.d !== o.d);
const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab, 2, 4);
u8[0] = 7;
const dv = new DataView(ab, 1);
const c3 = structuredClone({ u8, dv, ab, f: new Float64Array([1.5, -2]), i16: new Int16Array([-1, 2]), big: new BigInt64Array([5n]) });
console.log(c3);
console.log(c3.u8.buffer === c3.ab, c3.dv.buffer === c3.ab, c3.ab !== ab, c3.dv.byteLength, c3.dv.byteOffset, c3.u8.byteOffset);
u8[1] = 9;
console.log(c3.u8[1], Buffer.isBuffer(structuredClone(Buffer.from('hi'))), structuredClone(Buffer.from('hi')));
class K { constructor() { this.x = 1; } get y() { return 2; } method() {} }
console.log(structuredClone(new K()), structuredClone(Object.create(null, { a: { value: 1, enumerable: true }, h: { value: 2 } })));
console.log(structuredClone({ get g() { return 'got'; } }), structuredClone([, 1]).length, structuredClone(Object.assign([1, 2], { x: 1 })));
const shared = { k: 1 };
const pair = structuredClone([shared, shared, { shared }]);
console.log(pair[0] === pair[1], pair[2].shared === pair[0]);
const err = new RangeError('m', { cause: { deep: [1] } });
err.extra = 2;
const ec = structuredClone(err);
console.log(Object.getOwnPropertyNames(ec), ec.constructor.name, ec.cause, ec.message, ec instanceof RangeError, ec.stack === err.stack);
class X extends Error { constructor() { super('x'); this.name = 'Custom'; } }
const cx = structuredClone(new X());
console.log(cx.name, cx.constructor.name, Object.getOwnPropertyNames(cx));
for (const name of ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'Other']) {
  const e = new Error('n');
  e.name = name;
  console.log(name, structuredClone(e).constructor.name);
}
const d = new DOMException('m', 'AbortError');
const dc = structuredClone(d);
console.log(dc.name, dc.message, dc.code, dc instanceof DOMException, dc.stack === d.stack);
const fake = Object.setPrototypeOf({}, DOMException.prototype);
console.log(structuredClone(fake) instanceof DOMException);
const t = new ArrayBuffer(4);
new Uint8Array(t)[0] = 42;
const tc = structuredClone({ t }, { transfer: [t] });
console.log(t.byteLength, tc.t.byteLength, new Uint8Array(tc.t)[0]);
console.log(structuredClone(1, null), structuredClone(1, undefined), structuredClone(1, {}), structuredClone('s', { transfer: undefined }), structuredClone('s', { transfer: [] }));
for (const p of [undefined, null, true, 0, 'str', 1n, Symbol.iterator.description]) console.log(util.inspect(structuredClone(p)));
console.log(typeof structuredClone, structuredClone.name, structuredClone.length);
