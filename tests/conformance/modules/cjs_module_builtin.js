const m = require('module');
console.log(Array.isArray(m.builtinModules), m.builtinModules.includes('path'), m.builtinModules.includes('internal/errors'));
console.log(m.isBuiltin('events'), m.isBuiltin('node:path'), m.isBuiltin('nope'));
const r = m.createRequire(__filename);
console.log(r('./fixtures/basic/other.cjs'), typeof r.resolve, r.cache === require.cache);
