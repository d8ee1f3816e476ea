// Checks: an interval whose callback blocks for many periods (50 ms of a 5 ms interval) does not
// fire again in a catch-up burst: an immediate queued by the first call runs before the second.
let n = 0;
const i = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 1) {
    setImmediate(() => console.log('immediate queued by call 1'));
    const end = Date.now() + 50;
    while (Date.now() < end);
  }
  if (n === 3) clearInterval(i);
}, 5);
