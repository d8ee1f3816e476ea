// web streams: tee() gives both branches every chunk; the source is
// cancelled only once both branches are, with both reasons.
(async () => {
  const [a, b] = ReadableStream.from([1, 2, 3]).tee();
  const readAll = async (s) => { const out = []; for await (const x of s) out.push(x); return out; };
  console.log(await Promise.all([readAll(a), readAll(b)]));
  let reason;
  const source = new ReadableStream({ cancel(r) { reason = r; } });
  const [c, d] = source.tee();
  await Promise.race([c.cancel('first'), new Promise((r) => setTimeout(r, 10))]);
  console.log('after one cancel', reason);
  await d.cancel('second');
  console.log('after both', reason);
  const bytes = new ReadableStream({ type: 'bytes', start(ctl) { ctl.enqueue(new Uint8Array([7, 8])); ctl.close(); } });
  const [e, f] = bytes.tee();
  const er = await e.getReader({ mode: 'byob' }).read(new Uint8Array(4));
  const fr = await f.getReader().read();
  console.log(er.value, fr.value, er.value.buffer === fr.value.buffer);
})();
