// Module.wrap / Module.wrapper: what the loader wraps a CommonJS file in; changing an entry
// of wrapper, assigning wrapper, or replacing wrap changes how later files are compiled.
const m = require('module');
console.log(JSON.stringify(m.wrapper), JSON.stringify(m.wrap('code')));
globalThis.count = 0;
m.wrapper[0] += 'globalThis.count++;';
require('./fixtures/basic/lib.js');
console.log(globalThis.count);
const saved = m.wrapper;
m.wrapper = [saved[0] + 'globalThis.count += 10;', saved[1]];
require('./fixtures/basic/other.cjs');
console.log(globalThis.count);
m.wrap = (source) => `(function (exports, require, module, __filename, __dirname) { console.log('own wrap'); ${source}\n})`;
require('./fixtures/basic/info.js');
