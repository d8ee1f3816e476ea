// Callbacks run after the script, its nextTicks and promise jobs; inside one,
// setImmediate comes before setTimeout 0; errors are async too.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_async_order', { 'a.txt': 'a' });
fs.readFile(`${dir}/a.txt`, 'utf8', (err, data) => {
  console.log('readFile callback', data);
  setTimeout(() => {
    console.log('timeout from callback');
    let sync = true;
    fs.readFile(`${dir}/missing`, (e) => console.log('error callback', e.code, 'async:', !sync));
    sync = false;
  }, 0);
  setImmediate(() => console.log('immediate from callback'));
  process.nextTick(() => console.log('nextTick from callback'));
  Promise.resolve().then(() => console.log('promise from callback'));
  console.log('end of callback');
});
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
