// 8 concurrent fs.readFile(path) (bytes) of one 64 MiB file.
// The file is made once as $TMPDIR/sous-bench-fs-64m.bin (warm up once before timing).
const fs = require('fs');
const SIZE = 64 * 1024 * 1024;
const file = `${process.env.TMPDIR || '/tmp'}/sous-bench-fs-64m.bin`;
if (!fs.existsSync(file) || fs.statSync(file).size !== SIZE) fs.writeFileSync(file, Buffer.alloc(SIZE, 'a'));
let left = 8;
for (let i = 0; i < 8; i++) {
  fs.readFile(file, (err, data) => {
    if (err) throw err;
    if (data.length !== SIZE || data[SIZE - 1] !== 97) throw new Error('short read');
    left--;
  });
}
