// The shape of node:stream: exports, inheritance, defaults.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
const EE = require('events');
console.log(typeof stream, stream === Stream, stream.Stream === Stream);
console.log(Object.keys(stream).filter((k) => typeof stream[k] === 'function').sort().join(','));
console.log(new Readable() instanceof Stream, new Readable() instanceof EE);
const d = new Duplex();
console.log('duplex', d instanceof Readable, d instanceof Writable, d.allowHalfOpen);
const t = new PassThrough();
console.log('passthrough', t instanceof Transform, t instanceof Duplex, t instanceof Writable);
console.log('hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true),
  new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
console.log('promises', stream.promises === require('stream/promises'), Object.keys(require('stream/promises')).sort());
const r = new Readable({ read() {} });
console.log('states', r.readable, r.readableFlowing, r.readableEnded, r.destroyed, r.readableObjectMode, stream.isReadable(r),
  stream.isErrored(r), stream.isDisturbed(r));
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('wstates', w.writable, w.writableEnded, w.writableFinished, w.writableLength, w.writableCorked, w.writableNeedDrain);
function Old() { Readable.call(this, { objectMode: true }); }
Object.setPrototypeOf(Old.prototype, Readable.prototype);
Old.prototype._read = function () { this.push('legacy'); this.push(null); };
new Old().on('data', (x) => console.log('function-style subclass', x));
const src = new Stream();
const sink = new Writable({ write(c, e, cb) { console.log('legacy pipe got', String(c)); cb(); } });
src.pipe(sink);
src.emit('data', 'old');
src.emit('end');
sink.on('finish', () => console.log('legacy pipe ended'));
