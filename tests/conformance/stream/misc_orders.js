// Encodings across chunks, _flush errors, pipeline errors mid-way, half-open Duplex, Readable.from
// in byte mode, unshift, end() twice, and destroy() with writes pending: Node 24's order.
const { Readable, Writable, Transform, PassThrough, pipeline, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
r.setEncoding('utf8');
const euro = Buffer.from('€uro');
r.push(euro.subarray(0, 1)); r.push(euro.subarray(1, 2)); r.push(euro.subarray(2)); r.push(null);
r.on('data', (d) => log('enc data', JSON.stringify(d)));
r.on('end', () => log('enc end'));
const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
t.on('error', (e) => log('flush err', e.message)); t.on('finish', () => log('t finish')); t.on('end', () => log('t end')); t.on('close', () => log('t close'));
t.resume(); t.end('x');
pipeline(Readable.from(['1', '2', '3']), new Transform({ transform(c, e, cb) { if (String(c) === '2') cb(new Error('mid')); else cb(null, c); } }), new PassThrough(), (err) => log('pl err', err && err.message));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
d.on('end', () => log('dup end', d.writable, d.writableEnded)); d.on('finish', () => log('dup finish')); d.on('close', () => log('dup close'));
d.push(null); d.resume();
setImmediate(() => { log('dup still writable', d.writable); d.end(); });
Readable.from(Buffer.from('buf')).on('data', (x) => log('from buffer', x));
const nr = Readable.from(['a', 'b'], { objectMode: false });
nr.on('data', (x) => log('from bytes', x));
const rr = new Readable({ read() {} });
rr.push('abc');
rr.once('readable', () => { const c = rr.read(1); log('read1', String(c)); rr.unshift(Buffer.from('Z')); log('after unshift', String(rr.read())); });
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log('werr', e.code));
w.end('a'); w.end('b', (e) => log('end again cb', e && e.code));
w.on('close', () => log('w close', w.writableFinished));

// destroy() while a write is in flight: the buffered write and end() fail, the in-flight one does not.
const w6 = new Writable({ write(c, e, cb) { log('w6 _write', String(c)); setTimeout(() => { log('w6 cb fire'); cb(); }, 200); } });
w6.write('1', (e) => log('w6 1', e && e.code));
w6.write('2', (e) => log('w6 2', e && e.code));
w6.end((e) => log('w6 end', e && e.code));
w6.on('error', (e) => log('w6 error', e.code));
w6.on('close', () => log('w6 close'));
setImmediate(() => { log('w6 destroy'); w6.destroy(); });
