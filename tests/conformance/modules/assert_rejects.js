const assert = require('assert');
(async () => {
  await assert.rejects(Promise.reject(new Error('no')), /no/).then(() => console.log('rejects ok'));
  await assert.rejects(async () => { throw new TypeError('t'); }, TypeError).then(() => console.log('rejects fn ok'));
  await assert.rejects(Promise.resolve(1)).catch((e) => console.log(e.code, e.message));
  await assert.doesNotReject(Promise.resolve(1)).then(() => console.log('doesNotReject ok'));
  await assert.doesNotReject(Promise.reject(new Error('x'))).catch((e) => console.log(e.code, JSON.stringify(e.message)));
  await assert.rejects(() => 5).catch((e) => console.log(e.code, e.message));
})();
