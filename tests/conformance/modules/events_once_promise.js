const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  setTimeout(() => e.emit('ready', 1, 2), 1);
  console.log(await once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('failed')), 1);
  try { await once(e, 'ready'); } catch (err) { console.log('rejected', err.message); }
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  try { await once(e, 'never', { signal: ac.signal }); } catch (err) { console.log(err.name, err.code); }
  console.log(e.listenerCount('never'), e.listenerCount('error'));
})();
