// Checks: clearTimeout(this) inside a setInterval callback stops the interval (this is the Timeout).
let m = 0;
setInterval(function () {
  m++;
  console.log('run', m);
  if (m === 2) {
    clearTimeout(this);
    console.log('stopped via clearTimeout(this)');
  }
}, 5);
