// A 5 ms setInterval over 200 ticks: prints the mean lateness in ms.
const N = 200;
let n = 0;
let late = 0;
let last = process.hrtime.bigint();
const i = setInterval(() => {
  const now = process.hrtime.bigint();
  late += Math.max(0, Number(now - last) / 1e6 - 5);
  last = now;
  if (++n === N) {
    clearInterval(i);
    console.log(`mean lateness ms: ${(late / N).toFixed(3)}`);
  }
}, 5);
