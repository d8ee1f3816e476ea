const { setInterval } = require('node:timers/promises');
const ac = new AbortController();
(async () => {
  let n = 0;
  try {
    for await (const v of setInterval(2, n, { signal: ac.signal })) {
      console.log('iteration', ++n);
      if (n === 2) ac.abort();
    }
  } catch (e) { console.log(e.name, e.code); }
})();
