// Node's stream errors: codes, messages, and when 'error'/'close' and callbacks fire.
const { Readable, Writable, Transform, finished } = require('stream');
const log = (...a) => console.log(...a);
const show = (label) => (e) => log(label, e && e.name, e && e.code, e && e.message);

const r1 = new Readable({ read() {} });
r1.push(null);
r1.on('error', show('push after EOF'));
r1.push('x');

new Readable().on('error', show('no _read')).read();

const r3 = new Readable({ read() {} });
r3.on('error', show('bad chunk'));
r3.push(5);

const w1 = new Writable({ write(c, e, cb) { cb(); } });
w1.end();
w1.write('a', show('write after end cb'));
w1.on('error', show('write after end event'));

const w2 = new Writable({ write(c, e, cb) { cb(); cb(); } });
w2.on('error', show('multiple cb'));
w2.write('a');

const w3 = new Writable({ write(c, e, cb) { cb(); } });
w3.destroy();
w3.write('a', show('write after destroy'));

try { new Writable({ write() {} }).write(1); } catch (e) { show('sync type')(e); }
try { new Writable({ write() {} }).write(null); } catch (e) { show('sync null')(e); }
try { new Readable({ highWaterMark: -1 }); } catch (e) { show('hwm')(e); }
try { new Writable().write('a'); } catch (e) { show('no _write')(e); }

const r4 = new Readable({ read() {} });
r4.destroy();
finished(r4, show('premature'));

const r5 = new Readable({ read() {} });
const boom = new Error('boom');
r5.on('error', (e) => log('r5 error', e === boom, r5.destroyed, r5.errored === boom));
r5.on('close', () => log('r5 close', r5.closed));
r5.destroy(boom);
log('r5 sync', r5.destroyed);

const t = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
t.on('error', show('transform'));
t.on('close', () => log('t close'));
t.write('x');

const w4 = new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false });
w4.on('error', show('no autodestroy'));
w4.end();
w4.write('y');
setTimeout(() => log('w4 destroyed', w4.destroyed), 5);
