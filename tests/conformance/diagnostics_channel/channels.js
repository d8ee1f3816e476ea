// Checks: diagnostics_channel: channel identity per name (string and symbol), subscribe/publish/
// unsubscribe (module and channel forms), hasSubscribers, a throwing subscriber (the others still
// run, the error surfaces afterwards as uncaught), bindStore/runStores with a store object and a
// transform, tracingChannel with traceSync/tracePromise/traceCallback (results and errors,
// event order and context), its subscribe/unsubscribe, and the argument errors.
const dc = require('diagnostics_channel');
const log = [];
process.on('uncaughtException', (e) => log.push(`uncaught ${e.message}`));
console.log(Object.keys(dc).join(), dc.channel('a') === dc.channel('a'), dc.channel('a') instanceof dc.Channel, ({}) instanceof dc.Channel);
const sym = Symbol('s');
console.log(dc.channel(sym).name === sym, dc.hasSubscribers('a'), dc.hasSubscribers('never-made'));
const ch = dc.channel('a');
const sub = (message, name) => log.push(`sub ${JSON.stringify(message)} ${String(name)}`);
dc.subscribe('a', sub);
console.log(ch.hasSubscribers, dc.hasSubscribers('a'));
ch.publish({ n: 1 });
console.log(dc.unsubscribe('a', sub), dc.unsubscribe('a', sub), ch.hasSubscribers);
for (const bad of [() => dc.channel(1), () => ch.subscribe(1), () => dc.subscribe('a', null), () => dc.tracingChannel(5),
  () => dc.tracingChannel({ start: 1 })]) {
  try { bad(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const store = { value: 'outside', run(value, fn) { const old = this.value; this.value = value; try { return fn(); } finally { this.value = old; } } };
const sc = dc.channel('stores');
sc.bindStore(store, (m) => `t:${m.id}`);
sc.subscribe((m) => log.push(`stores sub ${m.id} sees ${store.value}`));
log.push(`runStores -> ${sc.runStores({ id: 7 }, function (a, b) { return `${store.value} ${this.k} ${a + b}`; }, { k: 'this' }, 1, 2)}`);
console.log(sc.unbindStore(store), sc.unbindStore(store));
const tc = dc.tracingChannel('op');
console.log(tc.hasSubscribers, tc.start === dc.channel('tracing:op:start'), tc.error.name);
const handlers = {};
for (const ev of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[ev] = (ctx) => log.push(`${ev} ${JSON.stringify(ctx, (k, v) => (v instanceof Error ? `Error(${v.message})` : v))}`);
}
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
log.push(`sync -> ${tc.traceSync((a) => a * 2, { id: 's' }, null, 21)}`);
try { tc.traceSync(() => { throw new Error('sync fail'); }, { id: 'sf' }); } catch (e) { log.push(`sync threw ${e.message}`); }
const other = dc.channel('other');
other.subscribe(() => { throw new Error('subscriber error'); });
other.subscribe(() => log.push('second subscriber still runs'));
other.publish('x');
(async () => {
  log.push(`promise -> ${await tc.tracePromise(async (x) => x + 1, { id: 'p' }, null, 1)}`);
  await tc.tracePromise(async () => { throw new Error('async fail'); }, { id: 'pf' }).catch((e) => log.push(`promise rejected ${e.message}`));
  await new Promise((resolve) => tc.traceCallback((a, cb) => setImmediate(cb, null, a), 1, { id: 'c' }, null, 5, (err, v) => { log.push(`callback ${err} ${v}`); resolve(); }));
  await new Promise((resolve) => tc.traceCallback((cb) => setImmediate(cb, new Error('cb fail')), 0, { id: 'cf' }, null, (err) => { log.push(`callback err ${err.message}`); resolve(); }));
  try { tc.traceCallback(() => {}, 0, {}, null, 'not a function'); } catch (e) { log.push(`${e.code} ${e.message}`); }
  console.log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers, tc.traceSync(() => 'plain'));
  console.log(log.join('\n'));
})();
