// opendir and Dir: read, readSync, close, async iteration, the closed-handle error.
const fs = require('fs');
const { dir, show, tryIt, cb, promised } = require('./lib/tmp')('opendir');
for (const f of ['a', 'b', 'c']) fs.writeFileSync(`${dir}/${f}`, f);
fs.mkdirSync(`${dir}/sub`);
fs.writeFileSync(`${dir}/sub/s`, 's');
const name = (d) => (d === null ? null : `${d.name}:${d.isDirectory() ? 'D' : 'F'}:${show(d.parentPath)}`);
tryIt('opendirSync all', () => {
  const d = fs.opendirSync(dir);
  const names = [];
  let e;
  while ((e = d.readSync()) !== null) names.push(name(e));
  d.closeSync();
  return [show(d.path), names.sort().join(' ')];
});
tryIt('Dir class', () => { const d = fs.opendirSync(dir); d.closeSync(); return d instanceof fs.Dir; });
tryIt('read after close', () => { const d = fs.opendirSync(dir); d.closeSync(); return d.readSync(); });
tryIt('close twice', () => { const d = fs.opendirSync(dir); d.closeSync(); return d.closeSync(); });
tryIt('missing', () => fs.opendirSync(`${dir}/nope`));
tryIt('bad bufferSize', () => fs.opendirSync(dir, { bufferSize: 0 }));
tryIt('recursive', () => {
  const d = fs.opendirSync(dir, { recursive: true });
  const names = [];
  let e;
  while ((e = d.readSync()) !== null) names.push(name(e));
  d.closeSync();
  return names.sort().join(' ');
});
(async () => {
  const d = await fs.promises.opendir(dir);
  const names = [];
  for await (const e of d) names.push(name(e));
  console.log('for await', names.sort().join(' '));
  await promised('read after iteration closed it', d.read());
  await new Promise((r) => fs.opendir(dir, (e, d2) => {
    console.log('opendir cb', e, show(d2.path));
    d2.read((e2, entry) => {
      console.log('read cb', e2, entry !== null);
      d2.close((e3) => { console.log('close cb', e3); d2.close((e4) => { console.log('close cb again', e4 && e4.code); r(); }); });
    });
  }));
  await cb('opendir cb missing', fs.opendir, `${dir}/nope`);
  await promised('promises.opendir missing', fs.promises.opendir(`${dir}/nope`));
  const d3 = fs.opendirSync(dir);
  const first = await d3.read();
  console.log('promise read', first !== null);
  await d3.close();
  await promised('promise close again', d3.close());
})();
