// web streams: Node's errors (class, code, message) for misuse of a
// ReadableStream, its readers and controllers.
function show(f) {
  try {
    const r = f();
    if (r && typeof r.then === 'function') return r.then(() => console.log('resolved'), (e) => console.log('rejected', e.name, e.code, e.message));
    console.log('ok');
  } catch (e) {
    console.log('threw', e.name, e.code, e.message);
  }
}
(async () => {
  await show(() => new ReadableStream({ type: 'x' }));
  await show(() => ReadableStream.prototype.getReader.call({}));
  const rs = new ReadableStream();
  rs.getReader();
  await show(() => rs.getReader());
  await show(() => rs.cancel());
  await show(() => new ReadableStream({}, { highWaterMark: -1 }));
  await show(() => new ReadableStream({}, { size: 1 }));
  await show(() => new ReadableStream(1));
  await show(() => new ReadableStream({ type: 'bytes' }, { size() {} }));
  await show(() => new ReadableStream().getReader({ mode: 'x' }));
  await show(() => new ReadableStream().getReader({ mode: 'byob' }));
  await show(() => new ReadableStreamDefaultReader(1));
  await show(() => new ReadableStreamDefaultController());
  await show(() => new ReadableStream({ start(c) { c.close(); c.enqueue(1); } }));
  await show(() => new ReadableStream({ start(c) { c.close(); c.close(); } }));
  await show(() => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(1); } }));
  await show(() => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }));
  await show(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
  const reader = new ReadableStream().getReader();
  const closed = reader.closed;
  reader.releaseLock();
  await show(() => reader.read());
  await show(() => closed);
  await show(() => ReadableStream.prototype.cancel.call({}));
  await show(() => ReadableStream.from(1));
  await show(() => new ReadableStream().pipeTo(1));
  await show(() => new ReadableStream().pipeTo(new WritableStream(), 1));
  await show(() => new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }));
  await show(() => new ReadableStream().pipeThrough(1));
})();
