const tp = require('timers/promises');
(async () => {
  console.log(await tp.setTimeout(5, 'value'));
  console.log(await tp.setImmediate('imm'));
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) { console.log(v, ++n); if (n === 3) break; }
  const ac = new AbortController();
  const p = tp.setTimeout(10000, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await tp.setTimeout(1, 'x', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre-aborted', e.code); }
  try { await tp.setTimeout(1, 'x', 'bad'); } catch (e) { console.log(e.code); }
  console.log('done');
})();
