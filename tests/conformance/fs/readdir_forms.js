// readdir in its three forms: names, Dirents, recursive listings, encodings, errors.
const fs = require('fs');
const { dir, show, tryIt, cb, promised } = require('./lib/tmp')('readdir');
fs.mkdirSync(`${dir}/a/b`, { recursive: true });
fs.mkdirSync(`${dir}/c`);
for (const f of ['z', 'a/x', 'a/b/y', 'c/w', 'B']) fs.writeFileSync(`${dir}/${f}`, f);
fs.symlinkSync('z', `${dir}/link`);
const dirents = (list) => list.map((d) => `${show(d.parentPath)}|${d.name}|${d.isFile() ? 'F' : ''}${d.isDirectory() ? 'D' : ''}${d.isSymbolicLink() ? 'L' : ''}`).join(' ');
tryIt('names', () => fs.readdirSync(dir));
tryIt('withFileTypes', () => dirents(fs.readdirSync(dir, { withFileTypes: true })));
tryIt('recursive', () => fs.readdirSync(dir, { recursive: true }));
tryIt('recursive withFileTypes', () => dirents(fs.readdirSync(dir, { recursive: true, withFileTypes: true })));
tryIt('buffer', () => fs.readdirSync(`${dir}/a`, 'buffer').map((b) => Buffer.isBuffer(b) && b.toString()));
tryIt('Dirent keys', () => Object.keys(fs.readdirSync(dir, { withFileTypes: true })[0]).join(','));
tryIt('Dirent class', () => fs.readdirSync(dir, { withFileTypes: true })[0] instanceof fs.Dirent);
tryIt('missing', () => fs.readdirSync(`${dir}/nope`));
tryIt('a file', () => fs.readdirSync(`${dir}/z`));
tryIt('bad recursive', () => fs.readdirSync(dir, { recursive: 'yes' }));
tryIt('bad encoding', () => fs.readdirSync(dir, { encoding: 'nope' }));
(async () => {
  await cb('readdir cb', fs.readdir, `${dir}/a`);
  await new Promise((r) => fs.readdir(dir, { withFileTypes: true }, (e, l) => { console.log('readdir cb types', e, dirents(l)); r(); }));
  await cb('readdir cb recursive', fs.readdir, dir, { recursive: true });
  await cb('readdir cb missing', fs.readdir, `${dir}/nope`);
  await promised('promises.readdir', fs.promises.readdir(`${dir}/c`));
  await promised('promises.readdir recursive types', fs.promises.readdir(`${dir}/a`, { recursive: true, withFileTypes: true }).then(dirents));
  await promised('promises.readdir not dir', fs.promises.readdir(`${dir}/z`));
})();
