// A failed assert.rejects / doesNotReject names the assertion in its stack (V8 shows the
// async caller's frames), with Node's message and properties.
const assert = require('assert');
(async () => {
  for (const run of [() => assert.rejects(Promise.reject(null), { code: 'FOO' }),
    () => assert.rejects(Promise.resolve(1)), () => assert.doesNotReject(Promise.reject(new Error('no')))]) {
    try {
      await run();
    } catch (e) {
      console.log(e.code, e.operator, e.generatedMessage, /rejects|doesNotReject/i.test(e.stack));
      console.log(e.message);
    }
  }
})();
