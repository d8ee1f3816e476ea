// --no-experimental-require-module: require() of an ES module (.mjs, or .js under
// "type": "module") throws ERR_REQUIRE_ESM naming the requiring file; import() still works.
const path = require('path');
for (const id of ['../modules/fixtures/esm/math.mjs', '../modules/fixtures/typemod/mod.js']) {
  try {
    require(id);
  } catch (err) {
    console.log(err.code, err.message.split(path.dirname(__dirname)).join('<dir>'));
  }
}
import('../modules/fixtures/esm/math.mjs').then((ns) => console.log(Object.keys(ns).length > 0));
