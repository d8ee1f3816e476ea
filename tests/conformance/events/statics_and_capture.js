const EventEmitter = require('events');
const { once, getEventListeners, getMaxListeners, setMaxListeners, listenerCount, addAbortListener } = EventEmitter;
const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (er) => console.log('monitor', er));
try { e.emit('error', 42); } catch (err) { console.log(err.code, err.message, err.context); }
try { e.emit('error', { message: 'x', [require('util').inspect.custom]() { throw new Error(); } }); } catch (err) { console.log(err.message); }
for (const v of [-1, NaN, 'x']) {
  try { e.setMaxListeners(v); } catch (err) { console.log(err.name, err.code, err.message); }
  try { EventEmitter.defaultMaxListeners = v; } catch (err) { console.log(err.code, err.message); }
  try { setMaxListeners(v); } catch (err) { console.log(err.code, err.message); }
}
try { setMaxListeners(1, 'bad'); } catch (err) { console.log(err.code, err.message); }
const et = new EventTarget();
console.log(getMaxListeners(et), getMaxListeners(new AbortController().signal), getMaxListeners(e));
setMaxListeners(7, et, e);
console.log(getMaxListeners(et), e.getMaxListeners());
const f = () => {};
et.addEventListener('x', f);
console.log(getEventListeners(et, 'x').length, getEventListeners(et, 'x')[0] === f, listenerCount(et, 'x'));
try { new EventEmitter({ captureRejections: 1 }); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.captureRejections = 'a'; } catch (err) { console.log(err.code, err.message); }
const c = new EventEmitter({ captureRejections: true });
c.on('ev', async () => { throw new Error('kaboom'); });
c.on('error', (err) => console.log('captured', err.message));
c.emit('ev');
const c2 = new EventEmitter({ captureRejections: true });
c2[EventEmitter.captureRejectionSymbol] = (err, type, ...args) => console.log('rejection sym', err.message, type, args);
c2.on('ev', async () => { throw new Error('k2'); });
c2.emit('ev', 1, 2);
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
ac.signal.addEventListener('abort', () => console.log('not called'));
addAbortListener(ac.signal, () => console.log('abort listener ran'));
for (const bad of [undefined, null, {}]) { try { addAbortListener(bad, f); } catch (err) { console.log(err.code); } }
try { addAbortListener(ac.signal, {}); } catch (err) { console.log(err.code, err.message); }
ac.abort();
(async () => {
  const ee = new EventEmitter();
  const ac2 = new AbortController();
  const p = once(ee, 'go', { signal: ac2.signal });
  console.log('abort listeners', listenerCount(ac2.signal, 'abort'), ee.listenerCount('error'));
  ee.emit('go', 1, 2);
  console.log(await p, listenerCount(ac2.signal, 'abort'));
  const p2 = once(et, 'foo');
  et.dispatchEvent(new Event('foo'));
  console.log((await p2)[0].type);
  for (const s of [1, {}, null]) await once(ee, 'foo', { signal: s }).catch((err) => console.log(err.code));
  const p3 = once(ee, 'foo', { signal: ac2.signal });
  ac2.abort();
  await p3.catch((err) => console.log(err.name, err.code));
})();
