try { require('./fixtures/esm/async.mjs'); } catch (e) { console.log(e.code); }
