// web streams: a default tee closes its branches on the next tick, drops pulls made while
// a read is under way, and stream/web's ReadableStreamTee clones for the second branch.
const log = [];
(async () => {
  let c;
  const [a, b] = new ReadableStream({ start(ctl) { c = ctl; } }).tee();
  const ra = a.getReader();
  ra.read().then((x) => log.push(`a ${JSON.stringify(x)}`));
  ra.closed.then(() => log.push('a closed'));
  await null;
  c.close();
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('m1')).then(() => log.push('m2')).then(() => log.push('m3'));
  await new Promise((r) => setTimeout(r, 5));
  // pulls while reading
  let pulls = 0;
  const [x, y] = new ReadableStream({ pull(ctl) { pulls++; ctl.enqueue(pulls); if (pulls === 3) ctl.close(); } }).tee();
  const rx = x.getReader(); const ry = y.getReader();
  const got = await Promise.all([rx.read(), ry.read(), rx.read(), ry.read(), rx.read(), rx.read()]);
  log.push(JSON.stringify(got), `pulls ${pulls}`);
  const [p, q] = require('stream/web').ReadableStreamTee ? require('stream/web').ReadableStreamTee(ReadableStream.from([{ k: 1 }]), true) : [];
  if (p) { const v1 = (await p.getReader().read()).value; const v2 = (await q.getReader().read()).value; log.push(`clone ${v1 === v2} ${JSON.stringify(v2)}`); }
  console.log(log.join('\n'));
})();
