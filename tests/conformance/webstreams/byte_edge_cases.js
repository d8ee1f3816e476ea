// web streams: byte streams with a BYOB read pending when bytes are enqueued,
// respondWithNewView, a released reader's pending pull-into, and Node's errors for
// respond/respondWithNewView and BYOB reads.
const log = [];
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  // pipe with slow sink and hwm
  let i = 0;
  const src = new ReadableStream({ pull(c) { log.push(`pull ${i}`); c.enqueue(i++); if (i === 5) c.close(); } }, { highWaterMark: 2 });
  const dst = new WritableStream({ async write(c) { log.push(`write ${c}`); await wait(1); }, close() { log.push('close'); } }, { highWaterMark: 1 });
  await src.pipeTo(dst);
  log.push('piped');
  // byte: enqueue while BYOB read pending
  let bc;
  const bs = new ReadableStream({ type: 'bytes', start(c) { bc = c; } });
  const br = bs.getReader({ mode: 'byob' });
  const p = br.read(new Uint8Array(4));
  log.push(`byobRequest ${bc.byobRequest && bc.byobRequest.view.byteLength}`);
  bc.enqueue(new Uint8Array([1, 2]));
  log.push(`after enqueue ${JSON.stringify(await p)}`);
  // respondWithNewView
  const p2 = br.read(new Uint8Array(4));
  const v = bc.byobRequest.view;
  const nv = new Uint8Array(v.buffer, v.byteOffset, 2); nv[0] = 9; nv[1] = 8;
  bc.byobRequest.respondWithNewView(nv);
  log.push(`new view ${JSON.stringify(await p2)}`);
  // release with pending pull-into, then default read gets the filled bytes
  const p3 = br.read(new Uint8Array(4)).catch((e) => log.push(`released read ${e.code} ${e.message}`));
  const req = bc.byobRequest;
  br.releaseLock();
  await p3;
  req.view[0] = 5;
  req.respond(1);
  const dr = bs.getReader();
  log.push(`default after release ${JSON.stringify(await dr.read())}`);
  try { req.respond(1); } catch (e) { log.push(`stale ${e.name} ${e.code} ${e.message}`); }
  bc.close();
  log.push(`closed ${JSON.stringify(await dr.read())}`);
  // errors of respond
  const bs2 = new ReadableStream({ type: 'bytes', pull(c) {
    try { c.byobRequest.respond(100); } catch (e) { log.push(`respond big ${e.name} ${e.code} ${e.message}`); }
    try { c.byobRequest.respond(0); } catch (e) { log.push(`respond 0 ${e.name} ${e.code} ${e.message}`); }
    try { c.byobRequest.respondWithNewView(new Uint8Array(1)); } catch (e) { log.push(`new view bad ${e.name} ${e.code} ${e.message}`); }
    c.error('stop');
  } });
  await bs2.getReader({ mode: 'byob' }).read(new Uint8Array(2)).catch((e) => log.push(`errored ${e}`));
  // BYOB read errors
  const br3 = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  for (const [v, o] of [[1], [new Uint8Array(0)], [new Uint8Array(2), { min: 0 }], [new Uint8Array(2), { min: 3 }], [new DataView(new ArrayBuffer(2)), { min: 3 }]]) {
    await br3.read(v, o).catch((e) => log.push(`byob ${e.name} ${e.code} ${e.message}`));
  }
  console.log(log.join('\n'));
})();
