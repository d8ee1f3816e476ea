// readv and writev: gathering and scattering buffers, with and without a position.
const fs = require('fs');
const { dir, tryIt, cb } = require('./lib/tmp')('rwv');
const file = `${dir}/v.txt`;
const fd = fs.openSync(file, 'w+');
tryIt('writevSync', () => fs.writevSync(fd, [Buffer.from('abc'), new Uint8Array([100, 101]), Buffer.from('f')]));
tryIt('writevSync at 1', () => fs.writevSync(fd, [Buffer.from('XY')], 1));
tryIt('content', () => fs.readFileSync(file, 'utf8'));
const a = Buffer.alloc(2);
const b = Buffer.alloc(3);
tryIt('readvSync at 0', () => [fs.readvSync(fd, [a, b], 0), a.toString(), b.toString()]);
tryIt('readvSync past end', () => fs.readvSync(fd, [a], 100));
tryIt('writevSync not array', () => fs.writevSync(fd, 'abc'));
tryIt('readvSync bad entry', () => fs.readvSync(fd, [a, 'x']));
(async () => {
  await cb('writev cb', fs.writev, fd, [Buffer.from('12'), Buffer.from('34')], 6);
  const c = Buffer.alloc(4);
  await new Promise((resolve) => fs.readv(fd, [c], 6, (e, n, bufs) => {
    console.log('readv cb', e, n, bufs[0].toString(), bufs[0] === c);
    resolve();
  }));
  const h = await fs.promises.open(file, 'r+');
  const r = await h.writev([Buffer.from('!')], 0);
  console.log('handle writev', r.bytesWritten, r.buffers.length);
  const d = Buffer.alloc(3);
  const e = Buffer.alloc(7);
  const rr = await h.readv([d, e], 0);
  console.log('handle readv', rr.bytesRead, d.toString(), e.toString());
  await h.close();
  fs.closeSync(fd);
})();
