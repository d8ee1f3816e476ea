// Checks: calling this.refresh() inside a timeout's own callback re-arms it, like an interval.
let n = 0;
setTimeout(function () {
  n++;
  console.log('call', n);
  if (n < 3) this.refresh();
}, 2);
