// assert with values from another realm (vm): an error passed as the message is thrown as is;
// throws() with a class names "identical name but a different prototype"; deep equality of
// URLs compares their href and shows it; KeyObjects compare by their key.
const assert = require('assert');
const vm = require('vm');
const error = vm.runInNewContext('new SyntaxError("custom error")');
try {
  assert(false, error);
} catch (e) {
  console.log(e === error, e.name, e.message);
}
try {
  assert.throws(() => { throw vm.runInNewContext('new RangeError("foobar")'); }, RangeError);
} catch (e) {
  console.log(e.message);
}
assert.throws(() => { throw vm.runInNewContext('new RangeError("x")'); }, /RangeError: x/);
console.log(assert.deepStrictEqual(new URL('http://a/'), new URL('http://a')));
try {
  assert.deepStrictEqual(new URL('http://foo'), new URL('http://bar'));
} catch (e) {
  console.log(e.message);
}
const { createSecretKey } = require('crypto');
assert.deepStrictEqual(createSecretKey(Buffer.from([1])), createSecretKey(Buffer.from([1])));
assert.notDeepStrictEqual(createSecretKey(Buffer.from([1])), createSecretKey(Buffer.from([2])));
assert.partialDeepStrictEqual({ u: new URL('http://x'), k: 1 }, { u: new URL('http://x') });
assert.throws(() => assert.partialDeepStrictEqual(new URL('http://x'), new URL('http://y')), assert.AssertionError);
console.log(Object.prototype.toString.call(globalThis), Object.prototype.toString.call(process));
assert.notDeepEqual({ ...globalThis }, globalThis);
console.log('done');
