try { await import('./nope.mjs'); } catch (e) { console.log(e.code, e.message.split(' imported')[0].endsWith('/nope.mjs'), typeof e.url); }
try { await import('./fixtures/esm/plain'); } catch (e) { console.log(e.code, e.message.split('\n')[1]); }
try { await import('no-such-package'); } catch (e) { console.log(e.code, e.message.split(' imported')[0]); }
try { await import('node:no-such'); } catch (e) { console.log(e.code, e.message); }
