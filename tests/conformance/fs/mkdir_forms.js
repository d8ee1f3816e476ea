// mkdir's callback and promise forms (recursive returns the first directory made), and mkdtemp.
const fs = require('fs');
const path = require('path');
const { dir, show, tryIt, cb, promised } = require('./lib/tmp')('mkdir');
fs.writeFileSync(`${dir}/file`, '');
(async () => {
  await cb('mkdir cb', fs.mkdir, `${dir}/a`);
  await cb('mkdir cb exists', fs.mkdir, `${dir}/a`);
  await new Promise((r) => fs.mkdir(`${dir}/r/s/t`, { recursive: true }, (e, first) => { console.log('mkdir cb recursive', e, show(first)); r(); }));
  await cb('mkdir cb recursive again', fs.mkdir, `${dir}/r/s/t`, { recursive: true });
  await cb('mkdir cb under file', fs.mkdir, `${dir}/file/x`, { recursive: true });
  await cb('mkdir cb mode', fs.mkdir, `${dir}/m`, 0o700);
  tryIt('mode', () => (fs.statSync(`${dir}/m`).mode & 0o777).toString(8));
  await promised('promises.mkdir', fs.promises.mkdir(`${dir}/p`));
  await promised('promises.mkdir recursive', fs.promises.mkdir(`${dir}/q/r`, { recursive: true }).then(show));
  await promised('promises.mkdir exists', fs.promises.mkdir(`${dir}/p`));
  tryIt('mkdir bad mode', () => fs.mkdirSync(`${dir}/bad`, { mode: 'xyz' }));
  const made = fs.mkdtempSync(`${dir}/tmp-`);
  tryIt('mkdtempSync', () => [path.basename(made).length, path.basename(made).startsWith('tmp-'), fs.statSync(made).isDirectory(),
    (fs.statSync(made).mode & 0o777).toString(8)]);
  tryIt('mkdtempSync buffer', () => Buffer.isBuffer(fs.mkdtempSync(`${dir}/b-`, 'buffer')));
  tryIt('mkdtempSync missing', () => fs.mkdtempSync(`${dir}/nope/x-`));
  tryIt('mkdtempSync bad prefix', () => fs.mkdtempSync(5));
  await new Promise((r) => fs.mkdtemp(`${dir}/c-`, (e, p) => { console.log('mkdtemp cb', e, path.basename(p).length); r(); }));
  await new Promise((r) => fs.mkdtemp(`${dir}/nope/c-`, (e) => { console.log('mkdtemp cb missing', show(e.message).replace(/c-\w{6}/, 'c-??????'), e.path.length); r(); }));
  await promised('promises.mkdtemp', fs.promises.mkdtemp(`${dir}/p-`).then((p) => path.basename(p).length));
  tryIt('entries', () => fs.readdirSync(dir).map((n) => n.replace(/^(tmp|b|c|p)-.*/, '$1-*')).sort());
})();
