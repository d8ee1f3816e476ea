// web streams: the order in which reads, writes, ready/closed promises, aborts and
// cancels settle against other microtasks, as in Node.
const log = [];
const tick = (n) => Promise.resolve().then(() => log.push(`tick ${n}`));
(async () => {
  // read request settle vs microtasks
  const rs = new ReadableStream({ start(c) { this.c = c; } });
  let ctl; const rs2 = new ReadableStream({ start(c) { ctl = c; } });
  const r = rs2.getReader();
  r.read().then((x) => log.push(`read ${x.value}`));
  tick(1); ctl.enqueue('a'); tick(2);
  await new Promise((res) => setTimeout(res, 5));
  // writer timing
  const ws = new WritableStream({ write(c) { log.push(`sink ${c}`); }, close() { log.push('sink close'); } });
  const w = ws.getWriter();
  w.write('x').then(() => log.push('write x done'));
  w.ready.then(() => log.push('ready'));
  w.close().then(() => log.push('closed'));
  w.closed.then(() => log.push('closed promise'));
  tick(3);
  await new Promise((res) => setTimeout(res, 5));
  // abort while write in flight
  let finish;
  const ws2 = new WritableStream({ write() { return new Promise((r) => { finish = r; }); }, abort(r) { log.push(`abort ${r}`); } });
  const w2 = ws2.getWriter();
  w2.write(1).then(() => log.push('w1 ok'), (e) => log.push(`w1 ${e}`));
  w2.write(2).then(() => log.push('w2 ok'), (e) => log.push(`w2 ${e}`));
  await null;
  w2.abort('why').then(() => log.push('abort done'));
  w2.closed.catch((e) => log.push(`closed rejected ${e}`));
  setTimeout(() => finish(), 2);
  await new Promise((res) => setTimeout(res, 10));
  // pull error
  const rs3 = new ReadableStream({ pull() { throw new Error('pullfail'); } });
  await rs3.getReader().read().catch((e) => log.push(`read err ${e.message}`));
  // cancel reason passing and ordering
  const rs4 = new ReadableStream({ cancel(r) { log.push(`cancel ${r}`); return new Promise((res) => setTimeout(res, 1)); } });
  const rd = rs4.getReader();
  rd.read().then((x) => log.push(`pending read ${JSON.stringify(x)}`));
  rd.closed.then(() => log.push('reader closed'));
  await rd.cancel('c1').then(() => log.push('cancel resolved'));
  // transform backpressure
  const ts = new TransformStream({ transform(c, ctl) { log.push(`t ${c} ${ctl.desiredSize}`); ctl.enqueue(c); } }, undefined, { highWaterMark: 1 });
  const tw = ts.writable.getWriter();
  log.push(`tw desired ${tw.desiredSize}`);
  tw.write('a'); tw.write('b');
  await new Promise((res) => setTimeout(res, 5));
  log.push(`tw desired after ${tw.desiredSize}`);
  const tr = ts.readable.getReader();
  await tr.read();
  await new Promise((res) => setTimeout(res, 5));
  log.push(`tw desired end ${tw.desiredSize}`);
  console.log(log.join('\n'));
})();
