// web streams: Readable.toWeb/fromWeb, Writable.toWeb/fromWeb and
// Duplex.toWeb/fromWeb carry data, ends and errors between the kinds, and
// stream.isReadable/isErrored/isDisturbed and finished() work on web streams.
const { Readable, Writable, Duplex, finished, isReadable, isErrored, isDisturbed } = require('stream');
(async () => {
  const web = Readable.toWeb(Readable.from(['a', 'b']));
  const chunks = [];
  for await (const chunk of web) chunks.push(chunk);
  console.log('toWeb', chunks);
  const node = Readable.fromWeb(ReadableStream.from(['x', 'y']), { encoding: 'utf8' });
  let text = '';
  for await (const chunk of node) text += chunk;
  console.log('fromWeb', text);
  const got = [];
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { got.push(`${c}`); cb(); } }));
  const w = ws.getWriter();
  await w.write(new TextEncoder().encode('hi'));
  await w.close();
  console.log('Writable.toWeb', got);
  const sinkGot = [];
  const nw = Writable.fromWeb(new WritableStream({ write(c) { sinkGot.push(new TextDecoder().decode(c)); } }));
  nw.write('one');
  nw.end('two', () => console.log('Writable.fromWeb', sinkGot));
  await new Promise((r) => setTimeout(r, 20));
  const { readable, writable } = Duplex.toWeb(new Duplex({
    read() { this.push('pong'); this.push(null); },
    write(c, e, cb) { console.log('duplex got', `${c}`); cb(); },
  }));
  await writable.getWriter().write('ping');
  console.log('Duplex.toWeb read', `${(await readable.getReader().read()).value}`);
  const pair = new TransformStream({ transform(c, ctl) { ctl.enqueue(`${c}!`); } });
  const d = Duplex.fromWeb(pair, { objectMode: true });
  d.on('data', (c) => console.log('Duplex.fromWeb', c));
  d.end('hey');
  await new Promise((r) => setTimeout(r, 20));
  const rs = new ReadableStream({ start(c) { c.enqueue(1); } });
  console.log(isReadable(rs), isErrored(rs), isDisturbed(rs));
  await rs.getReader().read();
  console.log(isDisturbed(rs));
  const errs = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  console.log(isReadable(errs), isErrored(errs));
  finished(errs, (err) => console.log('finished', err.message));
})();
