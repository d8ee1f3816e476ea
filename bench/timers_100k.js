// 100k zero-delay timers scheduled at once; all fire, in creation order.
const N = 100000;
let next = 0;
let ok = true;
for (let i = 0; i < N; i++) {
  setTimeout(() => {
    if (next !== i) ok = false;
    next++;
  }, 0);
}
process.on('exit', () => console.log(ok && next === N ? 'ok' : `FAILED ${next}`));
