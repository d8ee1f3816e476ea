// Writable: write() returns false at highWaterMark, 'drain', cork/uncork into _writev,
// _final before 'finish', callbacks order, state getters.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    log('_write', String(chunk), enc, this.writableLength);
    setImmediate(cb);
  },
  writev(chunks, cb) {
    log('_writev', chunks.map((c) => String(c.chunk)).join('|'));
    process.nextTick(cb);
  },
  final(cb) {
    log('_final', this.writableEnded, this.writableFinished);
    setTimeout(cb, 2);
  },
});
log('write 1', w.write('abc', () => log('cb 1')));
log('write 2', w.write('def', () => log('cb 2')), w.writableNeedDrain, w.writableLength);
w.once('drain', () => {
  log('drain', w.writableLength);
  w.cork();
  w.write('g', () => log('cb g'));
  w.write('h', () => log('cb h'));
  log('corked', w.writableCorked);
  process.nextTick(() => {
    w.uncork();
    w.end('i', () => log('end cb'));
    log('ended', w.writableEnded, w.writable);
  });
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish', w.writableFinished));
w.on('close', () => log('close', w.destroyed));

const s = new Writable({ decodeStrings: false, write(c, enc, cb) { log('string chunk', typeof c, enc); cb(); } });
s.write('x', 'latin1');
s.end();

const obj = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { log('obj', c); cb(); } });
log('obj writes', obj.write({ a: 1 }), obj.write(null === 1 ? 0 : 2), obj.write('3'));
