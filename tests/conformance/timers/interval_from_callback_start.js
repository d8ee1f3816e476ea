// Checks: an interval's next run is scheduled from when its callback STARTED, not when it ended:
// a 200 ms interval whose first call blocks 150 ms runs again at ~400 ms (not ~550 ms), so before
// a 500 ms timeout. Margins are 100 ms either way, so the order survives a loaded machine.
let n = 0;
const i = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 1) {
    const end = Date.now() + 150;
    while (Date.now() < end);
  } else {
    clearInterval(i);
  }
}, 200);
setTimeout(() => console.log('500ms timeout'), 500);
