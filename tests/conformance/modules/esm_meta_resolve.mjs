console.log(import.meta.resolve('./fixtures/esm/math.mjs').endsWith('/fixtures/esm/math.mjs'));
console.log(import.meta.resolve('node:path'), import.meta.resolve('path'), import.meta.resolve('./fixtures/nm/node_modules/exp/esm.mjs').startsWith('file:///'));
try { import.meta.resolve('./fixtures/nope.mjs'); } catch (e) { console.log('threw', e.code); }
