let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('run', n, t._repeat);
  if (t._repeat) clearInterval(t);
  t._repeat = 5;
}, 1);
const u = setInterval(() => {
  console.log('interval once', u._repeat);
  u._repeat = null;
}, 2);
setTimeout(() => console.log('done', n, u._destroyed), 50);
