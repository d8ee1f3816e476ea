// web streams: a byte stream filled through byobRequest for a BYOB reader,
// with views of other element sizes, `min`, and a default reader that
// gets autoAllocateChunkSize buffers.
(async () => {
  let next = 0;
  const source = {
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest;
      const view = request.view;
      const count = Math.min(3, view.byteLength);
      for (let i = 0; i < count; i++) view[i] = next++;
      request.respond(count);
      if (next >= 12) controller.close();
    },
  };
  const reader = new ReadableStream(source).getReader({ mode: 'byob' });
  let r = await reader.read(new Uint8Array(8));
  console.log(r.done, r.value);
  r = await reader.read(new Uint16Array(2));
  console.log(r.done, r.value.constructor.name, r.value.length);
  r = await reader.read(new Uint8Array(8), { min: 5 });
  console.log(r.done, r.value);
  r = await reader.read(new Uint8Array(8));
  console.log(r.done, r.value);
  next = 0;
  const auto = new ReadableStream({ ...source, autoAllocateChunkSize: 4 }).getReader();
  for (;;) {
    const { value, done } = await auto.read();
    if (done) break;
    console.log('auto', value);
  }
  const enqueued = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
  }).getReader({ mode: 'byob' });
  console.log(await enqueued.read(new Uint8Array(2)));
  console.log(await enqueued.read(new Uint8Array(8)));
  console.log(await enqueued.read(new Uint8Array(8)));
})();
