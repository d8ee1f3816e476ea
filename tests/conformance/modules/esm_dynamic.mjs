console.log('before import');
const m = await import('./fixtures/esm/dynamic-target.mjs');
console.log(m.loadedAt);
const again = await import('./fixtures/esm/dynamic-target.mjs');
console.log(m === again);
