// Async iteration over a Readable, Readable.from, the operators, and destroy on break/throw.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  const r = new Readable({ read() {} });
  r.push('a');
  r.push('b');
  setTimeout(() => { r.push('c'); r.push(null); }, 2);
  const chunks = [];
  for await (const c of r) chunks.push(String(c));
  log('chunks', chunks, r.destroyed);

  const early = Readable.from([1, 2, 3, 4]);
  for await (const v of early) { if (v === 2) break; }
  log('break destroys', early.destroyed);

  const errored = new Readable({ read() { this.destroy(new Error('bad read')); } });
  try { for await (const v of errored) log(v); } catch (e) { log('iter error', e.message); }

  async function* gen() { yield 'x'; yield 'y'; }
  log('from async gen', await Readable.from(gen()).toArray());
  log('from string', await Readable.from('whole').toArray());
  log('map/filter', await Readable.from([1, 2, 3, 4, 5]).map((x) => x * 10).filter((x) => x % 20 === 0).toArray());
  log('take/drop', await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  log('some/every/find', await Readable.from([1, 2, 3]).some((x) => x > 2),
    await Readable.from([1, 2, 3]).every((x) => x > 2), await Readable.from([1, 2, 3]).find((x) => x > 1));
  const seen = [];
  await Readable.from(['p', 'q']).forEach((x) => seen.push(x));
  log('forEach', seen);
  const order = [];
  await Readable.from([30, 10, 20]).map(async (ms) => {
    await new Promise((res) => setTimeout(res, ms));
    order.push(ms);
    return ms;
  }, { concurrency: 3 }).toArray().then((out) => log('concurrent map keeps order', out, 'finished in', order));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log('reduce empty', e.name, e.code, e.message); }
  try { Readable.from(5); } catch (e) { log('from bad', e.code, e.message); }
}
main();
