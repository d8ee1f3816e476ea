// assert.ok's source-expression messages, match/doesNotMatch, ifError, fail,
// assert/strict, the Assert class and its options, and AssertionError itself.
const assert = require('assert');
const strict = require('assert/strict');
const { inspect } = require('util');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (err) {
    console.log(`== ${label}`);
    // (An error's stack is not printed: its frames are the engine's.)
    const shown = (v) => (v instanceof Error ? `${v.name}: ${v.message}` : inspect(v));
    console.log(err.name, err.code, err.operator, err.generatedMessage, shown(err.actual), shown(err.expected));
    console.log(JSON.stringify(err.message));
  }
}

const x = 0;
show('ok expression', () => assert.ok(x === 1));
show('assert call', () => assert(typeof x === 'string', undefined));
show('ok multi-line', () => assert.ok(
  x,
));
show('ok bracket access', () => assert['ok'](null));
show('ok continued line', () => assert
  .ok(''));
show('ok no argument', () => assert.ok());
show('ok custom message', () => assert.ok(false, 'custom'));
show('ok error message', () => assert.ok(false, new RangeError('mine')));
show('strict ok', () => strict(0));
show('two in a row', () => { assert.ok(1); assert.ok(NaN); });
show('match', () => assert.match('abc', /x/));
show('match non-string', () => assert.match(123, /1/));
show('match bad regexp', () => assert.match('abc', 'a'));
show('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch custom', () => assert.doesNotMatch('abc', /b/, 'nope'));
show('ifError null', () => assert.ifError(null));
show('ifError error', () => assert.ifError(new TypeError('bad thing')));
show('ifError empty message', () => assert.ifError(new RangeError('')));
show('ifError string', () => assert.ifError('str'));
show('fail', () => assert.fail());
show('fail message', () => assert.fail('boom'));
show('fail error', () => assert.fail(new TypeError('as is')));
show('strict equal is strictEqual', () => strict.equal(1, '1'));
show('strict deepEqual is deepStrictEqual', () => strict.deepEqual([1], ['1']));
console.log(strict.strict === strict, assert.strict === strict, assert.ok === assert, assert.name, strict.name);
console.log(Object.keys(assert).join(' '));
console.log(Object.keys(strict).join(' '));

show('Assert without new', () => assert.Assert());
show('Assert bad diff', () => new assert.Assert({ diff: 'none' }));
const loose = new assert.Assert({ strict: false });
show('loose instance equal passes', () => loose.equal(1, '1'));
show('strict instance equal', () => new assert.Assert().equal(1, '1'));
const full = new assert.Assert({ diff: 'full' });
const big = Array.from({ length: 60 }, (_, i) => i);
show('full diff', () => full.notStrictEqual(big, big));
show('full fail', () => full.strictEqual({ a: 1 }, { a: 2 }));
const { strictEqual } = full;
show('method taken off', () => strictEqual(1, 2));
console.log(Object.keys(new assert.Assert()).join(' '), Object.keys(new assert.Assert({ strict: false })).join(' '));

const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(err instanceof Error, err.name, err.code, err.generatedMessage, err.diff, String(err));
console.log(Object.keys(err).join(' '));
const custom = new assert.AssertionError({ message: 'mine', actual: 'a\nb', expected: 'c' });
console.log(JSON.stringify(custom.message), custom.generatedMessage, custom.operator);
const long = new assert.AssertionError({ actual: 'x'.repeat(600), expected: Array.from({ length: 12 }, (_, i) => `l${i}`).join('\n'), operator: 'deepEqual' });
console.log(inspect(long).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
show('AssertionError bad options', () => new assert.AssertionError(null));
show('AssertionError array options', () => new assert.AssertionError([]));
const withDetails = new assert.AssertionError({ message: 'd', details: [{ message: 'm', actual: 1, expected: 2, operator: 'op' }] });
console.log(withDetails.actual, withDetails.operator, withDetails['message 0'], withDetails['expected 0'], withDetails['operator 0']);
