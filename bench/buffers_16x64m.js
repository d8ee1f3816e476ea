// 16 reads of a 64 MiB file, one after the other, each buffer dropped after use: peak RSS shows
// whether dropped buffers are freed promptly (a collector that does not see their bytes keeps them).
const fs = require('fs');
const SIZE = 64 * 1024 * 1024;
const file = `${process.env.TMPDIR || '/tmp'}/sous-bench-fs-64m.bin`;
if (!fs.existsSync(file) || fs.statSync(file).size !== SIZE) fs.writeFileSync(file, Buffer.alloc(SIZE, 'a'));
let sum = 0;
for (let i = 0; i < 16; i++) {
  const data = fs.readFileSync(file);
  sum += data[i];
}
console.log('read 16 x 64 MiB', sum);
