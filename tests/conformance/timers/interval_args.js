// Checks: arguments after the delay are passed to every call of a setInterval callback.
let n = 0;
const i = setInterval((a, b) => {
  n++;
  console.log('interval call', n, a, b);
  if (n === 3) clearInterval(i);
}, 1, 'A', 'B');
