// 2000 concurrent fs.readFile(path, 'utf8') of distinct ~5 KB files.
// The files are made once in $TMPDIR/sous-bench-fs-small (warm up once before timing).
const fs = require('fs');
const N = 2000;
const SIZE = 5000;
const dir = `${process.env.TMPDIR || '/tmp'}/sous-bench-fs-small`;
if (!fs.existsSync(`${dir}/ready`)) {
  fs.mkdirSync(dir, { recursive: true });
  const line = 'the quick brown fox jumps over the lazy dog 0123456789\n';
  const body = line.repeat(Math.ceil(SIZE / line.length)).slice(0, SIZE);
  for (let i = 0; i < N; i++) fs.writeFileSync(`${dir}/f${i}.txt`, body);
  fs.writeFileSync(`${dir}/ready`, '');
}
let left = N;
let total = 0;
for (let i = 0; i < N; i++) {
  fs.readFile(`${dir}/f${i}.txt`, 'utf8', (err, text) => {
    if (err) throw err;
    total += text.length;
    if (--left === 0 && total !== N * SIZE) throw new Error(`read ${total} chars`);
  });
}
