// mkdtempDisposableSync and promises.mkdtempDisposable: the directory, remove(), and the dispose symbols.
const fs = require('fs');
const path = require('path');
const { dir, tryIt } = require('./lib/tmp')('disposable');
const d = fs.mkdtempDisposableSync(`${dir}/d-`);
tryIt('shape', () => [Object.keys(d).join(','), Object.getOwnPropertySymbols(d).map(String).join(','),
  path.basename(d.path).length, fs.statSync(d.path).isDirectory()]);
fs.writeFileSync(`${d.path}/inside`, 'x');
tryIt('remove', () => [d.remove(), fs.existsSync(d.path)]);
tryIt('remove again', () => d.remove());
tryIt('dispose', () => { const e = fs.mkdtempDisposableSync(`${dir}/e-`); e[Symbol.dispose](); return fs.existsSync(e.path); });
tryIt('missing parent', () => fs.mkdtempDisposableSync(`${dir}/nope/x-`));
(async () => {
  const p = await fs.promises.mkdtempDisposable(`${dir}/p-`);
  console.log('promise shape', Object.keys(p).join(','), Object.getOwnPropertySymbols(p).map(String).join(','),
    fs.existsSync(p.path));
  console.log('promise remove', await p.remove(), fs.existsSync(p.path));
  const q = await fs.promises.mkdtempDisposable(`${dir}/q-`);
  await q[Symbol.asyncDispose]();
  console.log('async dispose', fs.existsSync(q.path));
  console.log('left', fs.readdirSync(dir));
})();
