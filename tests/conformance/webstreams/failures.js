// web streams: failures in the underlying sink, transformer and source (start, flush,
// cancel, abort, size) and what each side of the stream sees, as in Node.
const log = [];
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const ws = new WritableStream({ start() { return Promise.reject(new Error('start failed')); }, write() { log.push('never'); } });
  const w = ws.getWriter();
  await w.write(1).catch((e) => log.push(`write after bad start: ${e.message}`));
  await w.closed.catch((e) => log.push(`closed: ${e.message}`));
  const ts = new TransformStream({ flush() { throw new Error('flush failed'); } });
  const tw = ts.writable.getWriter();
  const tr = ts.readable.getReader();
  tw.close().catch((e) => log.push(`close: ${e.message}`));
  await tr.read().catch((e) => log.push(`read: ${e.message}`));
  const tc = new TransformStream({ cancel(r) { log.push(`transformer cancel ${r}`); } });
  await tc.readable.cancel('rc');
  await tc.writable.getWriter().closed.catch((e) => log.push(`writable after cancel: ${e}`));
  const ta = new TransformStream({ cancel(r) { log.push(`transformer cancel on abort ${r}`); } });
  await ta.writable.abort('wa');
  await ta.readable.getReader().closed.catch((e) => log.push(`readable after abort: ${e}`));
  async function* gen() { try { yield 1; yield 2; } finally { log.push('gen finally'); } }
  const rs = ReadableStream.from(gen());
  const r = rs.getReader();
  log.push(JSON.stringify(await r.read()));
  await r.cancel('stop');
  log.push('cancelled');
  const rs2 = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 1; } }; } });
  await rs2.getReader().read().catch((e) => log.push(`bad next: ${e.name} ${e.code} ${e.message}`));
  const errs = new ReadableStream({ start(c) { c.error(new Error('e1')); } });
  log.push(`state errored, locked=${errs.locked}`);
  await errs.cancel().catch((e) => log.push(`cancel errored: ${e.message}`));
  const ws3 = new WritableStream({ write(c, controller) { log.push(`signal ${controller.signal.aborted}`); return wait(2).then(() => log.push(`signal after ${controller.signal.aborted} ${controller.signal.reason}`)); } });
  const w3 = ws3.getWriter();
  w3.write('x');
  await null;
  await w3.abort('halt');
  log.push(`size strategy`);
  const ws4 = new WritableStream({}, { highWaterMark: 5, size(c) { return c.length; } });
  const w4 = ws4.getWriter();
  w4.write('abc');
  log.push(`desired ${w4.desiredSize}`);
  const ws5 = new WritableStream({}, { size() { throw new Error('size boom'); } });
  const w5 = ws5.getWriter();
  await w5.write('x').catch((e) => log.push(`size throws: ${e.message}`));
  const rs6 = new ReadableStream({ start(c) { try { c.enqueue('x'); } catch (e) { log.push(`enqueue size: ${e.message}`); } } }, { size() { return -1; } });
  await rs6.getReader().closed.catch((e) => log.push(`rs6 errored: ${e.name} ${e.code} ${e.message}`));
  console.log(log.join('\n'));
})();
