// rename and link in their three forms; errors carry both paths (`dest`).
const fs = require('fs');
const { dir, tryIt, cb, promised } = require('./lib/tmp')('rename');
fs.writeFileSync(`${dir}/a`, 'A');
fs.mkdirSync(`${dir}/d`);
fs.writeFileSync(`${dir}/d/in`, '');
tryIt('renameSync', () => fs.renameSync(`${dir}/a`, `${dir}/b`));
tryIt('after', () => [fs.existsSync(`${dir}/a`), fs.readFileSync(`${dir}/b`, 'utf8')]);
tryIt('renameSync missing', () => fs.renameSync(`${dir}/a`, `${dir}/c`));
tryIt('renameSync file over dir', () => fs.renameSync(`${dir}/b`, `${dir}/d`));
tryIt('renameSync bad newPath', () => fs.renameSync(`${dir}/b`, {}));
tryIt('linkSync', () => fs.linkSync(`${dir}/b`, `${dir}/hard`));
tryIt('nlink', () => fs.statSync(`${dir}/b`).nlink);
tryIt('linkSync exists', () => fs.linkSync(`${dir}/b`, `${dir}/hard`));
tryIt('linkSync missing', () => fs.linkSync(`${dir}/nope`, `${dir}/x`));
tryIt('linkSync bad existingPath', () => fs.linkSync(1, `${dir}/x`));
(async () => {
  await cb('rename cb', fs.rename, `${dir}/b`, `${dir}/c`);
  await cb('rename cb missing', fs.rename, `${dir}/b`, `${dir}/c`);
  await promised('promises.rename', fs.promises.rename(`${dir}/c`, `${dir}/e`));
  await promised('promises.rename missing', fs.promises.rename(`${dir}/c`, `${dir}/e`));
  await cb('link cb', fs.link, `${dir}/e`, `${dir}/h2`);
  await cb('link cb exists', fs.link, `${dir}/e`, `${dir}/h2`);
  await promised('promises.link', fs.promises.link(`${dir}/e`, `${dir}/h3`));
  await promised('promises.link dir', fs.promises.link(`${dir}/d`, `${dir}/h4`));
  tryIt('names', () => fs.readdirSync(dir));
})();
