try { require('./fixtures/basic/thrower'); } catch (e) { console.log('caught', e.message); }
console.log('cache has thrower:', Object.keys(require.cache).some((k) => k.endsWith('thrower.js')));
