// Checks: refresh() on a timeout that has already fired re-arms it: it fires again.
let k = 0;
const once = setTimeout(() => {
  k++;
  console.log('fired', k);
  if (k === 1) setTimeout(() => { console.log('refresh after fire'); once.refresh(); }, 5);
}, 5);
