// copyFile in its three forms: contents, mode, COPYFILE_EXCL, errors.
const fs = require('fs');
const { dir, tryIt, cb, promised } = require('./lib/tmp')('copyfile');
fs.writeFileSync(`${dir}/src`, 'contents');
fs.chmodSync(`${dir}/src`, 0o640);
fs.mkdirSync(`${dir}/d`);
const { COPYFILE_EXCL, COPYFILE_FICLONE } = fs.constants;
tryIt('constants', () => [fs.constants.COPYFILE_EXCL, fs.constants.COPYFILE_FICLONE, fs.constants.COPYFILE_FICLONE_FORCE]);
tryIt('copyFileSync', () => fs.copyFileSync(`${dir}/src`, `${dir}/dst`));
tryIt('copied', () => [fs.readFileSync(`${dir}/dst`, 'utf8'), (fs.statSync(`${dir}/dst`).mode & 0o777).toString(8)]);
tryIt('overwrite', () => { fs.writeFileSync(`${dir}/src`, 'new'); fs.copyFileSync(`${dir}/src`, `${dir}/dst`); return fs.readFileSync(`${dir}/dst`, 'utf8'); });
tryIt('EXCL existing', () => fs.copyFileSync(`${dir}/src`, `${dir}/dst`, COPYFILE_EXCL));
tryIt('FICLONE', () => { fs.copyFileSync(`${dir}/src`, `${dir}/clone`, COPYFILE_FICLONE); return fs.readFileSync(`${dir}/clone`, 'utf8'); });
tryIt('missing src', () => fs.copyFileSync(`${dir}/nope`, `${dir}/x`));
tryIt('dest dir missing', () => fs.copyFileSync(`${dir}/src`, `${dir}/nope/x`));
tryIt('bad mode', () => fs.copyFileSync(`${dir}/src`, `${dir}/x`, 'x'));
tryIt('mode out of range', () => fs.copyFileSync(`${dir}/src`, `${dir}/x`, 8));
tryIt('bad src', () => fs.copyFileSync(null, `${dir}/x`));
(async () => {
  await cb('copyFile cb', fs.copyFile, `${dir}/src`, `${dir}/cb`);
  await cb('copyFile cb EXCL', fs.copyFile, `${dir}/src`, `${dir}/cb`, COPYFILE_EXCL);
  await cb('copyFile cb missing', fs.copyFile, `${dir}/nope`, `${dir}/cb2`);
  await promised('promises.copyFile', fs.promises.copyFile(`${dir}/src`, `${dir}/p`));
  await promised('promises.copyFile missing', fs.promises.copyFile(`${dir}/nope`, `${dir}/p`));
  tryIt('names', () => fs.readdirSync(dir));
})();
