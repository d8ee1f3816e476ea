// web streams: a TransformStream runs each chunk through transform() and
// flush() at the end; pipeThrough connects it, pipeTo drains it.
(async () => {
  const upper = new TransformStream({
    start() { console.log('start'); },
    transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); controller.enqueue('|'); },
    flush(controller) { controller.enqueue('end'); console.log('flush'); },
  });
  const out = [];
  await ReadableStream.from(['a', 'b', 'c'])
    .pipeThrough(upper)
    .pipeTo(new WritableStream({ write(chunk) { out.push(chunk); }, close() { console.log('sink closed'); } }));
  console.log(out.join(''));
  const t = new TransformStream();
  console.log(t.readable.locked, t.writable.locked);
  const w = t.writable.getWriter();
  w.write('x');
  w.close();
  for await (const chunk of t.readable) console.log('identity', chunk);
  const failing = new TransformStream({ transform() { throw new Error('boom'); } });
  const fw = failing.writable.getWriter();
  await fw.write('x').catch((e) => console.log('write rejected', e.message));
  await failing.readable.getReader().read().catch((e) => console.log('read rejected', e.message));
  const terminating = new TransformStream({ start(c) { c.terminate(); } });
  await terminating.writable.getWriter().write(1).catch((e) => console.log('after terminate', e.name, e.code, e.message));
})();
