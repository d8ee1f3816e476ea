// Checks: util.aborted resolves when the signal aborts (and at once for an aborted one) and its
// argument errors (as rejections); util.debuglog/util.debug are silent without NODE_DEBUG, `enabled` is false,
// the callback gets the logger; util.log is gone (removed in Node 23).
const util = require('util');
const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
(async () => {
  await util.aborted(AbortSignal.abort(), {});
  console.log('already aborted resolved');
  for (const args of [[{}, {}], [ac.signal, null], [ac.signal, 1], [ac.signal]]) {
    const p = util.aborted(...args);
    console.log('returns a promise', p instanceof Promise);
    await p.catch((e) => console.log('rejected', e.name, e.code, e.message));
  }
  ac.abort();
})();
const log = util.debuglog('mysection', (fn) => console.log('callback', typeof fn));
log('hidden %d', 1);
console.log(log.enabled, util.debug === util.debuglog, typeof util.log);
