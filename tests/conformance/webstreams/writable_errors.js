// web streams: Node's errors for misuse of a WritableStream and its writer.
function show(f) {
  try {
    const r = f();
    if (r && typeof r.then === 'function') return r.then(() => console.log('resolved'), (e) => console.log('rejected', e.name, e.code, e.message));
    console.log('ok', r);
  } catch (e) {
    console.log('threw', e.name, e.code, e.message);
  }
}
(async () => {
  await show(() => new WritableStream({ type: 'bytes' }));
  await show(() => new WritableStream(1));
  await show(() => new WritableStreamDefaultWriter(1));
  await show(() => new WritableStreamDefaultController());
  const ws = new WritableStream();
  const writer = ws.getWriter();
  await show(() => ws.getWriter());
  await show(() => ws.abort());
  await show(() => ws.close());
  await show(() => writer.close());
  await show(() => writer.close());
  await show(() => writer.write('late'));
  writer.releaseLock();
  await show(() => writer.write('x'));
  await show(() => writer.desiredSize);
  await show(() => writer.closed);
  await show(() => writer.ready);
})();
