const assert = require('assert');
const { AssertionError } = assert;
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e.name, e.code, JSON.stringify(e.message), e.generatedMessage);
console.log(String(e).split('\n')[0]);
const m = new AssertionError({ message: 'custom' });
console.log(m.message, m.generatedMessage, m.actual, m.operator);
console.log(typeof assert, assert.strict.strict === assert.strict, assert.strict.equal === assert.strictEqual);
try { assert.strict.equal(1, '1'); } catch (err) { console.log(err.operator); }
try { assert(false, 'nope'); } catch (err) { console.log(err.message, err.operator, err.actual, err.expected); }
