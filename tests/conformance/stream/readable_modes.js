// Readable in paused and flowing modes: 'readable', read(n), unshift, pause/resume, state getters.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ highWaterMark: 4, read(n) { log('_read', n); } });
log('push a', r.push('abc'), 'push b', r.push('de'), r.readableLength);
r.on('readable', () => {
  log('readable', r.readableLength, r.readableFlowing);
  let c;
  while ((c = r.read(2)) !== null) log('read2', String(c));
  if (r.readableEnded === false && r.readableLength === 1) {
    r.unshift('XY');
    log('after unshift', String(r.read()));
    r.push(null);
  }
});
r.on('end', () => log('end', r.readableEnded, r.destroyed));
r.on('close', () => log('close', r.closed, r.destroyed));

const o = new Readable({ objectMode: true, read() {} });
for (const v of [1, 'two', { three: 3 }]) log('opush', o.push(v), o.readableLength, o.readableHighWaterMark);
o.pause();
log('isPaused', o.isPaused(), o.readableFlowing);
o.on('data', (d) => log('odata', d));
log('flowing after on(data) while paused', o.readableFlowing);
setTimeout(() => {
  log('resuming');
  o.resume();
  o.push(null);
  o.on('end', () => log('oend'));
  o.on('pause', () => log('pause event'));
  o.on('resume', () => log('resume event'));
}, 5);

const e = new Readable({ read() {} });
e.setEncoding('hex');
e.push(Buffer.from([1, 2, 255]));
e.push(null);
e.on('data', (d) => log('hex', typeof d, d, e.readableEncoding));
