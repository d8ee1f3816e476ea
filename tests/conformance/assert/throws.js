// assert.throws / doesNotThrow / rejects / doesNotReject with validation
// objects, classes, RegExps and functions, and their argument errors.
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (err) {
    console.log(`== ${label}`);
    console.log(err.name, err.code, err.operator, err.generatedMessage);
    console.log(JSON.stringify(err.message));
  }
}

class MyError extends Error {}
const thrower = (err) => () => { throw err; };

show('no exception', () => assert.throws(() => {}));
show('no exception with class', () => assert.throws(() => {}, TypeError));
show('no exception with message', () => assert.throws(() => {}, 'should throw'));
show('class matches', () => assert.throws(thrower(new TypeError('t')), TypeError));
show('class differs', () => assert.throws(thrower(new RangeError('r')), TypeError));
show('same name other prototype', () => {
  const Fake = class TypeError extends Error {};
  assert.throws(thrower(new Fake('x')), TypeError);
});
show('class, non-error thrown', () => assert.throws(thrower('str'), MyError));
show('regexp matches', () => assert.throws(thrower(new Error('abc')), /b/));
show('regexp differs', () => assert.throws(thrower(new Error('abc')), /z/));
show('object matches', () => assert.throws(thrower(new TypeError('boom')), { name: 'TypeError', message: /oo/ }));
show('object differs', () => assert.throws(thrower(Object.assign(new Error('boom'), { code: 'X' })),
  { message: 'boom', code: 'Y' }));
show('object, primitive thrown', () => assert.throws(thrower(42), { message: 'x' }));
show('empty object', () => assert.throws(thrower(new Error('e')), {}));
show('error instance', () => assert.throws(thrower(new Error('e')), new Error('f')));
show('validation function true', () => assert.throws(thrower(new Error('e')), (e) => e.message === 'e'));
show('validation function false', () => assert.throws(thrower(new Error('e')), function check() { return 1; }));
show('string error with 4 args', () => assert.throws(() => {}, 'a', 'b'));
show('ambiguous message', () => assert.throws(thrower(new Error('same')), 'same'));
show('bad error type', () => assert.throws(thrower(new Error('e')), 5));
show('not a function', () => assert.throws('nope'));
show('doesNotThrow', () => assert.doesNotThrow(thrower(new Error('oops'))));
show('doesNotThrow message', () => assert.doesNotThrow(thrower(new Error('oops')), 'msg'));
show('doesNotThrow other class rethrows', () => assert.doesNotThrow(thrower(new RangeError('r')), TypeError));
show('doesNotThrow regexp', () => assert.doesNotThrow(thrower(new Error('abc')), /b/, 'bad'));
show('doesNotThrow bad expected', () => assert.doesNotThrow(thrower(new Error('abc')), {}));

(async () => {
  for (const [label, promise] of [
    ['rejects ok', assert.rejects(Promise.reject(new TypeError('t')), TypeError)],
    ['rejects missing', assert.rejects(Promise.resolve(1))],
    ['rejects function', assert.rejects(async () => { throw new Error('x'); }, { message: 'y' })],
    ['rejects not promise', assert.rejects(() => 1)],
    ['rejects bad arg', assert.rejects('fail', {})],
    ['doesNotReject', assert.doesNotReject(Promise.reject(new Error('r')))],
    ['doesNotReject ok', assert.doesNotReject(async () => 1)],
  ]) {
    try {
      await promise;
      console.log(label, 'resolved');
    } catch (err) {
      console.log(`== ${label}`);
      console.log(err.name, err.code, err.operator, err.generatedMessage);
      console.log(JSON.stringify(err.message));
    }
  }
})();
