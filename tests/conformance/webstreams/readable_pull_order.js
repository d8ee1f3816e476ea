// web streams: a default ReadableStream calls start, then pull until the
// queue reaches its highWaterMark, and again as reads drain it; desiredSize
// follows the queue.
const log = [];
let n = 0;
const rs = new ReadableStream({
  start(c) { log.push(`start desired=${c.desiredSize}`); },
  pull(c) {
    n++;
    log.push(`pull ${n} desired=${c.desiredSize}`);
    c.enqueue(n);
    if (n === 4) c.close();
  },
}, { highWaterMark: 2 });
const reader = rs.getReader();
(async () => {
  await null;
  log.push('reading');
  for (;;) {
    const { value, done } = await reader.read();
    log.push(`read ${value} ${done}`);
    if (done) break;
  }
  await reader.closed;
  log.push('closed');
  console.log(log.join('\n'));
})();
