// Which pairs deepStrictEqual, deepEqual and partialDeepStrictEqual accept:
// NaN, -0, boxed primitives, symbols, prototypes, errors, Maps, Sets,
// typed arrays, sparse arrays, dates, regexps and cycles.
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

const verdict = (fn) => {
  try {
    fn();
    return 'pass';
  } catch (err) {
    return err.code === 'ERR_ASSERTION' ? 'fail' : `${err.name}: ${err.message}`;
  }
};

const sym = Symbol('s');
const cycleA = { name: 'a' };
cycleA.self = cycleA;
const cycleB = { name: 'a' };
cycleB.self = cycleB;
const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
const withCause = new Error('e', { cause: 1 });
class Point { constructor(x) { this.x = x; } }

const pairs = [
  ['NaN', NaN, NaN],
  ['-0 and 0', -0, 0],
  ['1 and "1"', 1, '1'],
  ['null and undefined', null, undefined],
  ['boxed numbers', new Number(1), new Number(1)],
  ['boxed number vs 2', new Number(1), new Number(2)],
  ['boxed -0', new Number(-0), new Number(0)],
  ['boxed strings', new String('a'), new String('a')],
  ['boxed string vs string', new String('a'), 'a'],
  ['symbol keys equal', { [sym]: 1 }, { [sym]: 1 }],
  ['symbol keys differ', { [sym]: 1 }, { [sym]: 2 }],
  ['symbol key missing', { [sym]: 1 }, {}],
  ['null prototype', Object.create(null), {}],
  ['class instance vs plain', new Point(1), { x: 1 }],
  ['class instances', new Point(1), new Point(1)],
  ['errors same', new Error('a'), new Error('a')],
  ['errors message', new Error('a'), new Error('b')],
  ['error types', new TypeError('a'), new Error('a')],
  ['error cause', withCause, new Error('e')],
  ['maps', new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])],
  ['maps values differ', new Map([[1, 'a']]), new Map([[1, 'b']])],
  ['map object keys', new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  ['map loose keys', new Map([[1, 'v']]), new Map([['1', 'v']])],
  ['sets', new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])],
  ['sets differ', new Set([1, 2]), new Set([1, 3])],
  ['set loose', new Set([1]), new Set(['1'])],
  ['set NaN', new Set([NaN]), new Set([NaN])],
  ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['typed array types', new Uint8Array([1, 2]), new Int8Array([1, 2])],
  ['float -0', new Float64Array([-0]), new Float64Array([0])],
  ['float NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['buffer vs uint8array', Buffer.from([1]), new Uint8Array([1])],
  ['array buffers', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer],
  ['sparse vs undefined', sparse, [1, undefined, 3]],
  ['sparse vs sparse', sparse, [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['array null vs undefined', [null], [undefined]],
  ['array extra key', Object.assign([1], { k: 1 }), [1]],
  ['dates', new Date(0), new Date(0)],
  ['dates differ', new Date(0), new Date(1)],
  ['invalid dates', new Date(NaN), new Date(NaN)],
  ['regexps', /a/g, /a/g],
  ['regexp flags', /a/g, /a/i],
  ['regexp lastIndex', Object.assign(/a/g, { lastIndex: 1 }), /a/g],
  ['cycles', cycleA, cycleB],
  ['arguments vs array', (function () { return arguments; })(1), [1]],
  ['weakmaps', new WeakMap(), new WeakMap()],
  ['functions', () => 1, () => 1],
  ['non-enumerable ignored', Object.defineProperty({}, 'h', { value: 1 }), {}],
  ['getter', { get a() { return 1; } }, { a: 1 }],
];

for (const [label, a, b] of pairs) {
  console.log(label.padEnd(26), verdict(() => assert.deepStrictEqual(a, b)), verdict(() => assert.deepEqual(a, b)),
    verdict(() => assert.notDeepStrictEqual(a, b)), isDeepStrictEqual(a, b));
}

const partial = [
  ['subset object', { a: 1, b: 2, c: { d: 3, e: 4 } }, { a: 1, c: { d: 3 } }],
  ['wrong value', { a: 1 }, { a: 2 }],
  ['array subsequence', [1, 2, 3, 4], [2, 4]],
  ['array order', [1, 2, 3], [3, 1]],
  ['array longer expected', [1], [1, 2]],
  ['set subset', new Set([1, 2, 3]), new Set([3])],
  ['set object subset', new Set([{ a: 1, b: 2 }, 5]), new Set([{ a: 1 }])],
  ['map subset', new Map([['a', 1], ['b', 2]]), new Map([['b', 2]])],
  ['typed array bytes', new Uint8Array([1, 2, 3]), new Uint8Array([1, 3])],
  ['error message empty', new Error('msg'), new Error('')],
  ['prototypes ignored', new Point(1), { x: 1 }],
  ['symbols', { [sym]: 1, a: 2 }, { [sym]: 1 }],
  ['primitives', 1, 1],
  ['NaN', NaN, NaN],
];
for (const [label, a, b] of partial) {
  console.log('partial', label.padEnd(22), verdict(() => assert.partialDeepStrictEqual(a, b)));
}

const skip = new assert.Assert({ skipPrototype: true });
console.log('skipPrototype', verdict(() => skip.deepStrictEqual(new Point(1), { x: 1 })),
  verdict(() => skip.deepStrictEqual(new Point(1), { x: 2 })), verdict(() => skip.notDeepStrictEqual(new Point(1), { x: 1 })));
