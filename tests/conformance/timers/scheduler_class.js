const { scheduler } = require('timers/promises');
try { new scheduler.constructor(); } catch (e) { console.log(e.name, e.code, e.message); }
try { scheduler.wait.call({}, 1); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(scheduler.constructor.name, Object.getPrototypeOf(scheduler) === scheduler.constructor.prototype);
(async () => {
  const t = Date.now();
  await scheduler.wait(20);
  console.log(Date.now() - t >= 19, await scheduler.yield());
  const ac = new AbortController();
  const p = scheduler.wait(1e6, { signal: ac.signal });
  ac.abort();
  await p.catch((e) => console.log(e.name, e.code, e.message));
})();
