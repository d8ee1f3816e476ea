// web streams: pipeTo pulls the source and writes the sink at Node's moments (queued
// chunks written before the next pull, backpressure from a slow sink).
const log = [];
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  let i = 0;
  const src = new ReadableStream({ pull(c) { log.push(`pull ${i} desired ${c.desiredSize}`); c.enqueue(i++); if (i === 5) c.close(); } }, { highWaterMark: 2 });
  const dst = new WritableStream({ async write(c) { log.push(`write ${c}`); await wait(1); log.push(`write ${c} done`); }, close() { log.push('close'); } }, { highWaterMark: 1 });
  await src.pipeTo(dst);
  console.log(log.join('\n'));
})();
