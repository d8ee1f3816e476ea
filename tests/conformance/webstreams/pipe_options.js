// web streams: pipeTo's preventClose, preventAbort, preventCancel and
// signal decide what happens to each end when the other closes, errors or
// the signal aborts.
const sink = (name, log) => new WritableStream({
  write(c) { log.push(`${name} write ${c}`); },
  close() { log.push(`${name} close`); },
  abort(r) { log.push(`${name} abort ${r}`); },
});
(async () => {
  const log = [];
  await ReadableStream.from([1]).pipeTo(sink('a', log), { preventClose: true });
  const errored = new ReadableStream({ start(c) { c.error('bad'); } });
  await errored.pipeTo(sink('b', log)).catch((e) => log.push(`b rejected ${e}`));
  await new ReadableStream({ start(c) { c.error('bad'); } })
    .pipeTo(sink('c', log), { preventAbort: true }).catch((e) => log.push(`c rejected ${e}`));
  const failing = new WritableStream({ start(c) { c.error('sink bad'); } });
  const src = new ReadableStream({ cancel(r) { log.push(`d cancel ${r}`); } });
  await src.pipeTo(failing).catch((e) => log.push(`d rejected ${e}`));
  const ac = new AbortController();
  const slow = new ReadableStream({ cancel(r) { log.push(`e cancel ${r.name}`); } });
  const p = slow.pipeTo(sink('e', log), { signal: ac.signal }).catch((e) => log.push(`e rejected ${e.name}`));
  ac.abort();
  await p;
  await ReadableStream.from([1]).pipeTo(sink('f', log), { signal: AbortSignal.abort('why') })
    .catch((e) => log.push(`f rejected ${e}`));
  console.log(log.join('\n'));
})();
