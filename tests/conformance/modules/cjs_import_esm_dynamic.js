(async () => {
  const m = await import('./fixtures/esm/math.mjs');
  console.log(m.pi, m.double(4), typeof m.default, Object.keys(m));
  const again = await import('./fixtures/esm/math.mjs');
  console.log('cached namespace:', again === m);
  const p = await import('node:path');
  console.log(p.default === require('path'), p.join === require('path').join);
  const cjs = await import('./fixtures/esm/cjsdep.cjs');
  console.log(cjs.named, cjs.default === require('./fixtures/esm/cjsdep.cjs'));
})();
console.log('sync first');
