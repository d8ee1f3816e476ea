// fs.watchFile and fs.unwatchFile: a missing file, its creation, changes, removal; the
// StatWatcher; argument errors. (fs.watch is not in sous yet.)
const fs = require('fs');
const EventEmitter = require('events');
const { dir, tryIt } = require('./lib/tmp')('watchfile');
const f = `${dir}/w.txt`;
tryIt('no listener', () => fs.watchFile(f));
tryIt('bad listener', () => fs.watchFile(f, {}, 'x'));
tryIt('bad filename', () => fs.watchFile({}, () => {}));
tryIt('unwatch unknown', () => fs.unwatchFile(`${dir}/nope`));
let n = 0;
const w = fs.watchFile(f, { interval: 20 }, (curr, prev) => {
  n++;
  console.log('change', n, curr.size, prev.size, curr.ino > 0, prev.ino > 0, curr.mtime.getTime() === 0,
    curr.constructor.name, curr.isFile());
  if (n === 1) fs.writeFileSync(f, 'abc');
  else if (n === 2) fs.writeFileSync(f, 'abcdef');
  else if (n === 3) fs.unlinkSync(f);
  else fs.unwatchFile(f);
});
console.log('watcher', w instanceof EventEmitter, typeof w.ref, typeof w.unref, fs.watchFile(f, () => {}) === w);
w.on('stop', () => {
  console.log('stop');
  // One watcher at a time, so that the output has one order.
  const big = fs.watchFile(`${dir}/other`, { interval: 10, bigint: true }, (curr) => {
    console.log('bigint', typeof curr.size, curr.constructor.name);
    fs.unwatchFile(`${dir}/other`);
  });
  console.log('unref', big === big.unref(), 'ref', big === big.ref());
});
