// The generated messages of failing asserts (Node 24's diff format): simple
// `a !== b`, stacked values with a caret, line diffs with skipped lines,
// custom messages that keep the diff, and the `not...` operators.
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (err) {
    console.log(`== ${label}`);
    console.log(JSON.stringify(err.message));
    console.log(err.name, err.code, err.operator, err.generatedMessage, err.diff);
  }
}

show('strictEqual numbers', () => assert.strictEqual(1, 2));
show('strictEqual zero', () => assert.strictEqual(0, -0));
show('strictEqual short strings', () => assert.strictEqual('abc', 'abd'));
show('strictEqual long strings', () => assert.strictEqual('hello world, this is a test', 'hello world, this is a tent'));
show('strictEqual strings past 80 columns', () => assert.strictEqual('x'.repeat(50), 'x'.repeat(49) + 'y'));
show('strictEqual same prefix', () => assert.strictEqual('abcdefghijkl', 'abcdefghijklmnop'));
show('strictEqual multiline strings', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
show('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
show('strictEqual functions', () => assert.strictEqual(() => {}, () => {}));
show('strictEqual object vs number', () => assert.strictEqual({ a: [1, 2] }, 3));
show('strictEqual custom message', () => assert.strictEqual(1, 2, 'they differ'));
show('strictEqual custom object message', () => assert.strictEqual({ x: 1 }, { x: 2 }, 'objects differ'));
show('deepStrictEqual objects', () => assert.deepStrictEqual({ a: 1, b: { c: [1, 2, 3] } }, { a: 1, b: { c: [1, 2, 4] } }));
show('deepStrictEqual long arrays', () => assert.deepStrictEqual(Array.from({ length: 40 }, (_, i) => i),
  Array.from({ length: 40 }, (_, i) => (i === 20 ? -1 : i))));
show('deepStrictEqual six then seven common lines', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]));
show('deepStrictEqual comma disparity', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
show('deepStrictEqual same look', () => assert.deepStrictEqual(Object.create({ x: 1 }), {}));
show('deepStrictEqual maps', () => assert.deepStrictEqual(new Map([['a', 1], ['b', 2]]), new Map([['a', 1], ['b', 3]])));
show('deepStrictEqual sets', () => assert.deepStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 4])));
show('deepStrictEqual errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
show('deepStrictEqual prototypes', () => assert.deepStrictEqual(Object.create(null), {}));
show('deepStrictEqual -0', () => assert.deepStrictEqual([-0], [0]));
show('deepStrictEqual custom message', () => assert.deepStrictEqual([1], [2], 'arrays differ'));
show('deepEqual', () => assert.deepEqual({ a: 1, b: [2] }, { a: 1, b: [3] }));
show('deepEqual long', () => assert.deepEqual('y'.repeat(600), 'z'.repeat(600)));
show('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
show('notDeepEqual', () => assert.notDeepEqual([1, 2], ['1', '2']));
show('notStrictEqual short', () => assert.notStrictEqual(1, 1));
show('notStrictEqual long', () => assert.notStrictEqual('abcdefg', 'abcdefg'));
show('notStrictEqual object', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); });
show('notStrictEqual many lines', () => { const a = Array.from({ length: 60 }, (_, i) => i); assert.notStrictEqual(a, a); });
show('equal', () => assert.equal(1, 2));
show('notEqual', () => assert.notEqual('1', 1));
show('equal NaN passes', () => assert.equal(NaN, NaN));
show('missing args', () => assert.strictEqual(1));
