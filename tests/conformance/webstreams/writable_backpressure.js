// web streams: a WritableStream's writer sees backpressure (desiredSize,
// ready) as writes queue beyond the highWaterMark, and the sink gets each
// chunk once the previous write settled.
const log = [];
const pending = [];
const ws = new WritableStream({
  write(chunk) {
    log.push(`sink write ${chunk}`);
    return new Promise((resolve) => pending.push(resolve));
  },
  close() { log.push('sink close'); },
}, new CountQueuingStrategy({ highWaterMark: 2 }));
const writer = ws.getWriter();
(async () => {
  await writer.ready;
  for (const chunk of ['a', 'b', 'c']) {
    writer.write(chunk).then(() => log.push(`written ${chunk}`));
    log.push(`after write ${chunk}: desiredSize=${writer.desiredSize}`);
  }
  writer.ready.then(() => log.push('ready again'));
  const closed = writer.close().then(() => log.push('closed'));
  while (pending.length > 0 || log.indexOf('sink close') === -1) {
    await new Promise((r) => setTimeout(r, 1));
    const resolve = pending.shift();
    if (resolve) resolve();
  }
  await closed;
  console.log(log.join('\n'));
})();
