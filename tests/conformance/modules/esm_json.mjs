import data from './fixtures/esm/data.json' with { type: 'json' };
console.log(data);
const again = await import('./fixtures/esm/data.json', { with: { type: 'json' } });
console.log(again.default === data);
try { await import('./fixtures/basic/data.json'); } catch (e) { console.log(e.code, e.name); }
