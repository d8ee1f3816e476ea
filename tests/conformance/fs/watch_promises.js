// fs.promises.watch: an async generator that checks its arguments on the first next(),
// yields null-prototype { eventType, filename }, ends with an AbortError on abort, and
// reports an overflowing queue with overflow: 'error'.
const fs = require('fs');
const path = require('path');
const { dir } = require('./lib/tmp')('watch-p');
const show = (e) => console.log(e.name, e.code, e.message.split(dir).join('<tmp>'));
(async () => {
  const g = fs.promises.watch(dir, { overflow: 'x' });
  console.log(Object.prototype.toString.call(g));
  try { await g.next(); } catch (e) { show(e); }
  try { await fs.promises.watch(1).next(); } catch (e) { show(e); }
  try { await fs.promises.watch(`${dir}/nope`).next(); } catch (e) { show(e); }
  try { await fs.promises.watch(dir, { signal: AbortSignal.abort() }).next(); } catch (e) { show(e); }

  const ac = new AbortController();
  setTimeout(() => fs.writeFileSync(path.join(dir, 'f'), 'x'), 50);
  try {
    for await (const e of fs.promises.watch(dir, { signal: ac.signal })) {
      console.log(e);
      ac.abort();
    }
  } catch (e) {
    show(e);
  }

  // A directory of its own: nothing from the writes above reaches it.
  const queued = fs.mkdtempSync(path.join(dir, 'q-'));
  const it = fs.promises.watch(queued, { maxQueue: 1, overflow: 'error' });
  const first = it.next();
  setTimeout(() => { for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(queued, `q${i}`), 'x'); }, 50);
  console.log(await first);
  await new Promise((r) => setTimeout(r, 200));
  try {
    for await (const e of it) console.log(e);
  } catch (e) {
    show(e);
  }

  const done = fs.promises.watch(dir);
  console.log(await done.return());
})();
