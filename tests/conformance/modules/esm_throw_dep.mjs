try { await import('./fixtures/esm/throws.mjs'); } catch (e) { console.log('caught', e.message); }
try { await import('./fixtures/esm/throws.mjs'); } catch (e) { console.log('again', e.message); }
