// A Proxy whose ownKeys trap drops a non-configurable key: V8 names the trap and the key.
const assert = require('assert');
const proxy = new Proxy([1, 2, 3], { ownKeys() { return []; } });
try {
  assert.deepStrictEqual(proxy, [1, 2, 3]);
} catch (e) {
  console.log(e.name, e.message);
}
