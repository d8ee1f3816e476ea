const ac = new AbortController();
console.log(ac.signal.aborted, ac.signal.reason);
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type, ac.signal.aborted));
ac.signal.onabort = () => console.log('onabort');
ac.abort('why');
ac.abort('again');
console.log(ac.signal.reason);
try { ac.signal.throwIfAborted(); } catch (e) { console.log('thrown', e); }
const s = AbortSignal.abort();
console.log(s.aborted, s.reason.name);
const t = new EventTarget();
t.addEventListener('x', (e) => console.log('got', e.type), { once: true });
t.dispatchEvent(new Event('x'));
t.dispatchEvent(new Event('x'));
