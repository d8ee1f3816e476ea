// Checks: an interval whose callback throws is still rescheduled when an uncaughtException
// handler swallows the error; the handler gets origin 'uncaughtException'.
let n = 0;
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
const i = setInterval(() => {
  n++;
  console.log('interval run', n);
  if (n >= 3) clearInterval(i);
  throw new Error('int' + n);
}, 5);
