// web streams: pipeTo's errors for locked streams and a closed destination, and the
// moments a tee's branches get their chunks.
const log = [];
(async () => {
  const rs = new ReadableStream(); rs.getReader();
  await rs.pipeTo(new WritableStream()).catch((e) => log.push(`${e.name} ${e.code} ${e.message}`));
  const ws = new WritableStream(); ws.getWriter();
  await new ReadableStream().pipeTo(ws).catch((e) => log.push(`${e.name} ${e.code} ${e.message}`));
  try { new ReadableStream().pipeThrough({ readable: new ReadableStream(), writable: ws }); } catch (e) { log.push(`${e.name} ${e.code} ${e.message}`); }
  const closedWs = new WritableStream(); await closedWs.close();
  await new ReadableStream({ cancel(r) { log.push(`cancel ${r.message}`); } }).pipeTo(closedWs).catch((e) => log.push(`${e.name} ${e.code} ${e.message}`));
  // tee timing
  let c;
  const [a, b] = new ReadableStream({ start(ctl) { c = ctl; }, pull() { log.push('src pull'); } }).tee();
  const ra = a.getReader(); const rb = b.getReader();
  ra.read().then((x) => log.push(`a ${JSON.stringify(x)}`));
  rb.read().then((x) => log.push(`b ${JSON.stringify(x)}`));
  await null; await null;
  c.enqueue(1); c.enqueue(2);
  Promise.resolve().then(() => log.push('m1')).then(() => log.push('m2')).then(() => log.push('m3'));
  await new Promise((r) => setTimeout(r, 5));
  ra.read().then((x) => log.push(`a2 ${JSON.stringify(x)}`));
  c.close();
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('n1')).then(() => log.push('n2'));
  await new Promise((r) => setTimeout(r, 5));
  log.push(`b2 ${JSON.stringify(await rb.read())} ${JSON.stringify(await rb.read())}`);
  // abort signal reason with AbortError
  const ac = new AbortController();
  const p = new ReadableStream().pipeTo(new WritableStream({ abort(r) { log.push(`abort ${r.constructor.name} ${r.name}`); } }), { signal: ac.signal });
  ac.abort(new Error('plain'));
  await p.catch((e) => log.push(`p ${e.message}`));
  console.log(log.join('\n'));
})();
