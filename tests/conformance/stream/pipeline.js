// pipeline/finished (callback and stream/promises), pipe with backpressure, errors passed on.
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const sp = require('stream/promises');
const log = (...a) => console.log(...a);

async function main() {
  const got = [];
  await sp.pipeline(
    Readable.from(['a', 'b', 'c']),
    async function* (src) { for await (const c of src) yield c.toUpperCase(); },
    new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }),
  );
  log('promises pipeline', got);

  const result = await sp.pipeline(Readable.from([1, 2, 3]), async (src) => {
    let sum = 0;
    for await (const n of src) sum += n;
    return sum;
  });
  log('pipeline value', result);

  const bad = new Transform({ transform(c, e, cb) { cb(new Error('nope')); } });
  const dst = new PassThrough();
  try {
    await sp.pipeline(Readable.from(['x']), bad, dst);
  } catch (e) {
    log('pipeline error', e.message, bad.destroyed, dst.destroyed);
  }

  await new Promise((resolve) => {
    const src = new Readable({ read() {} });
    const w = new Writable({ write(c, e, cb) { cb(); } });
    pipeline(src, w, (err) => { log('closed early', err && err.code); resolve(); });
    src.push('q');
    setImmediate(() => src.destroy());
  });

  // Backpressure through pipe(): a slow writer with a tiny buffer.
  await new Promise((resolve) => {
    let reads = 0;
    const src = new Readable({ highWaterMark: 2, read() { reads++; this.push(reads <= 6 ? `r${reads}` : null); } });
    const events = [];
    const slow = new Writable({ highWaterMark: 2, write(c, e, cb) { events.push(`w:${c}`); setTimeout(cb, 1); } });
    src.on('pause', () => events.push('pause'));
    slow.on('drain', () => events.push('drain'));
    slow.on('pipe', () => events.push('pipe'));
    slow.on('unpipe', () => events.push('unpipe'));
    slow.on('finish', () => { log('pipe events', events.join(' ')); resolve(); });
    src.pipe(slow);
  });

  const p = new PassThrough();
  const ended = sp.finished(p);
  p.resume();
  p.end('x');
  await ended;
  log('finished promise resolved', p.readableEnded, p.writableFinished);

  const ac = new AbortController();
  const slowSrc = new Readable({ read() {} });
  const done = sp.pipeline(slowSrc, new PassThrough(), { signal: ac.signal });
  ac.abort();
  try { await done; } catch (e) { log('aborted', e.name, e.code, slowSrc.destroyed); }
}
main();
