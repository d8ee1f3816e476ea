// v8.serialize writes V8's wire format: the bytes (hex) for primitives, one- and two-byte
// strings, objects, dense and sparse arrays, Date, RegExp, Map, Set, BigInt, boxed
// primitives, ArrayBuffer, Buffer and typed arrays (Node's host objects), errors and
// repeated or circular references; unclonable values throw.
const v8 = require('v8');
const hex = (v) => {
  try {
    return v8.serialize(v).toString('hex');
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
};
const shared = { z: 1 };
const circular = {};
circular.self = circular;
const error = new RangeError('bad', { cause: 7 });
error.stack = 'stack text';
const values = [undefined, null, true, false, 0, -0, 1, -1, 2 ** 31, 1.5, NaN, -Infinity, 'abc', 'caf\u00e9', '\u20ac',
  'a\u20ac', '', 1n, -1n, 2n ** 64n, 0n, { a: 1, b: 'x' }, { 1: 2, a: 3 }, [1, 2], [1.5, 2], [1, 'a'], [1, , 3],
  new Array(3), Object.assign([1], { x: 2 }), new Date(0), /ab+c/gimsuy, new Map([[1, 2], ['k', [3]]]),
  new Set([1, 'two']), new ArrayBuffer(2), Buffer.from('hi'), new Uint8Array([1, 2]), new Uint16Array([1]),
  new Float64Array([1]), new DataView(new ArrayBuffer(2)), new BigInt64Array(1), new Int8Array(1),
  new Uint8ClampedArray(1), new Int16Array(1), new Int32Array(1), new Uint32Array(1), new Float32Array(1),
  new BigUint64Array(1), new Uint8Array(new ArrayBuffer(8), 2, 2), new Number(3), new String('s'),
  new Boolean(true), Object(5n), { '\u00e9': 1, '\u20ac': 2, nested: { deeper: [null] } }, [shared, shared],
  circular, error, () => 1, Symbol('q'), new WeakMap(), Promise.resolve()];
for (const value of values) console.log(hex(value));
