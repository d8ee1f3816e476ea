// web streams: async iteration reads chunk by chunk, releases the lock at
// the end, and breaking out cancels the stream unless preventCancel.
(async () => {
  const make = (log) => new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); },
    cancel(r) { log.push(`cancel ${r}`); },
  });
  const log = [];
  const s1 = make(log);
  for await (const x of s1) { log.push(`got ${x}`); if (x === 2) break; }
  log.push(`locked ${s1.locked}`);
  const s2 = make(log);
  for await (const x of s2.values({ preventCancel: true })) { log.push(`got ${x}`); break; }
  log.push(`locked ${s2.locked}`);
  const rest = [];
  for await (const x of s2) { rest.push(x); if (x === 3) break; }
  log.push(`rest ${rest}`);
  const it = ReadableStream.from(['a']).values();
  log.push(JSON.stringify(await Promise.all([it.next(), it.next(), it.next()])));
  log.push(JSON.stringify(await it.return('r')));
  const errored = new ReadableStream({ start(c) { c.error(new Error('e')); } });
  try { for await (const x of errored) log.push(x); } catch (e) { log.push(`caught ${e.message}`); }
  console.log(log.join('\n'));
})();
