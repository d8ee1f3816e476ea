// Duplex allowHalfOpen, _construct, Transform backpressure, destroy in a data handler, addAbortSignal,
// compose, iterator({ destroyOnReturn: false }), write errors, and the order of their events.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, compose, addAbortSignal } = require('stream');
const log = (...a) => console.log(...a);
const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { log('dw', String(c)); cb(); } });
d.on('end', () => log('d end')); d.on('finish', () => log('d finish')); d.on('close', () => log('d close'));
d.push('x'); d.push(null); d.resume();
const c = new Writable({ construct(cb) { log('construct'); setImmediate(cb); }, write(ch, e, cb) { log('cw', String(ch)); cb(); } });
c.write('early'); c.end(() => log('c end cb'));
// The Transform is read only once `c` has finished (its _construct waits for an immediate), so
// the order of the two does not depend on how long the script took to start.
c.on('finish', () => {
  log('c finish');
  setTimeout(() => { t.on('data', (v) => log('tdata', v)); t.on('end', () => log('t end')); }, 10);
});
const t = new Transform({ highWaterMark: 1, objectMode: true, transform(ch, e, cb) { log('t', ch); cb(null, ch * 2); } });
t.write(1); t.write(2); log('t write 3', t.write(3)); t.end();
const r = new Readable({ read() {} });
r.on('data', (x) => { log('rdata', String(x)); r.destroy(new Error('stop')); });
r.on('error', (e) => log('rerror', e.message)); r.on('close', () => log('rclose', r.readableAborted, r.errored && r.errored.message));
r.push('1'); r.push('2');
const p = new PassThrough();
finished(p, (err) => log('p finished', err && err.code));
p.destroy();
const ac = new AbortController();
const ar = addAbortSignal(ac.signal, new Readable({ read() {} }));
ar.on('error', (e) => log('abort err', e.name, e.code, e.cause)); ar.on('close', () => log('abort close'));
ac.abort('why');
const comp = compose(new PassThrough(), new Transform({ transform(ch, e, cb) { cb(null, String(ch) + '!'); } }));
comp.on('data', (x) => log('compose', String(x))); comp.on('end', () => log('compose end'));
comp.end('hi');
(async () => {
  const rr = Readable.from([1, 2, 3]);
  for await (const v of rr.iterator({ destroyOnReturn: false })) { log('it', v); break; }
  log('not destroyed', rr.destroyed, rr.read());
  const w = new Writable({ write(ch, e, cb) { cb(new Error('wfail')); } });
  w.on('error', (e) => log('w error', e.message, w.writableFinished, w.destroyed));
  w.write('a', (e) => log('w cb', e.message));
  w.on('close', () => log('w close'));
})();
const rd = new Readable({ read() {} });
rd.on('readable', () => { log('readable ev', rd.read()); });
rd.on('end', () => log('rd end'));
rd.push(null);
