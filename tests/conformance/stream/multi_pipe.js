// One source piped into a fast and a slow destination: the slow one holds the source back;
// unpipe() of one leaves the other flowing. A write that completes synchronously returns true.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
const src = new Readable({ highWaterMark: 2, read() {} });
const fast = new Writable({ highWaterMark: 1, write(c, e, cb) { log('fast', String(c)); cb(); } });
const slow = new Writable({ highWaterMark: 1, write(c, e, cb) { log('slow', String(c)); setTimeout(cb, 2); } });
src.pipe(fast);
src.pipe(slow);
for (const x of ['a', 'b', 'c']) src.push(x);
fast.on('drain', () => log('fast drain'));
slow.on('drain', () => log('slow drain', src._readableState.awaitDrainWriters.size, src.readableFlowing));
fast.on('unpipe', () => log('fast unpipe'));
// The asynchronous writer runs once the pipes are done, so its immediate never races their timers.
slow.on('finish', () => {
  log('slow finish');
  const asyncW = new Writable({ highWaterMark: 1, write(c, e, cb) { setImmediate(cb); } });
  log('async write returns', asyncW.write('x'), asyncW.writableNeedDrain);
  asyncW.on('drain', () => log('async drain'));
});
fast.on('finish', () => log('fast finish (not expected)'));
setTimeout(() => {
  src.unpipe(fast);
  log('after unpipe', src._readableState.pipes.length, src.readableFlowing);
  src.push('d');
  src.push(null);
}, 40);
const sync = new Writable({ highWaterMark: 1, write(c, e, cb) { cb(); } });
log('sync write returns', sync.write('x'), sync.writableNeedDrain);
