// Checks: clearInterval(handle) inside the interval's own callback stops it after that call.
let n = 0;
const i = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) clearInterval(i);
}, 5);
process.on('exit', () => console.log('exit after', n, 'ticks'));
