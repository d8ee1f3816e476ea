// A 2 ms setInterval while 16 fs.readFile(path) of a 64 MiB file complete:
// prints the largest gap between two ticks (the main thread's stall).
// The file is made once as $TMPDIR/sous-bench-fs-64m.bin (shared with fs_readfile_big.js).
const fs = require('fs');
const SIZE = 64 * 1024 * 1024;
const file = `${process.env.TMPDIR || '/tmp'}/sous-bench-fs-64m.bin`;
if (!fs.existsSync(file) || fs.statSync(file).size !== SIZE) fs.writeFileSync(file, Buffer.alloc(SIZE, 'a'));
let maxGap = 0;
let last = process.hrtime.bigint();
const tick = setInterval(() => {
  const now = process.hrtime.bigint();
  maxGap = Math.max(maxGap, Number(now - last) / 1e6);
  last = now;
}, 2);
let left = 16;
for (let i = 0; i < 16; i++) {
  fs.readFile(file, (err, data) => {
    if (err) throw err;
    if (data.length !== SIZE) throw new Error('short read');
    if (--left === 0) {
      clearInterval(tick);
      console.log(`largest gap between 2 ms ticks: ${maxGap.toFixed(2)} ms`);
    }
  });
}
