// utimes, futimes and lutimes in their forms: numbers, numeric strings and Dates; errors.
const fs = require('fs');
const { dir, tryIt, cb, promised } = require('./lib/tmp')('utimes');
fs.writeFileSync(`${dir}/f`, 'x');
fs.symlinkSync('f', `${dir}/l`);
const times = (p, lstat) => { const s = lstat ? fs.lstatSync(p) : fs.statSync(p); return [s.atimeMs, s.mtimeMs, s.mtime.toISOString()]; };
tryIt('utimesSync numbers', () => { fs.utimesSync(`${dir}/f`, 1000, 2000.5); return times(`${dir}/f`); });
tryIt('utimesSync strings', () => { fs.utimesSync(`${dir}/f`, '3000', '4000'); return times(`${dir}/f`); });
tryIt('utimesSync dates', () => { fs.utimesSync(`${dir}/f`, new Date(5e9), new Date(6e9)); return times(`${dir}/f`); });
tryIt('utimesSync through link', () => { fs.utimesSync(`${dir}/l`, 7000, 8000); return times(`${dir}/f`); });
tryIt('lutimesSync', () => { fs.lutimesSync(`${dir}/l`, 100, 200); return [times(`${dir}/l`, true), times(`${dir}/f`)]; });
tryIt('utimesSync bad time', () => fs.utimesSync(`${dir}/f`, 'x', 1));
tryIt('utimesSync object', () => fs.utimesSync(`${dir}/f`, 1, {}));
tryIt('utimesSync missing', () => fs.utimesSync(`${dir}/nope`, 1, 1));
tryIt('lutimesSync missing', () => fs.lutimesSync(`${dir}/nope`, 1, 1));
const fd = fs.openSync(`${dir}/f`, 'r');
tryIt('futimesSync', () => { fs.futimesSync(fd, 9000, 10000); return times(`${dir}/f`); });
tryIt('futimesSync bad fd', () => fs.futimesSync(-1, 1, 1));
(async () => {
  await cb('utimes cb', fs.utimes, `${dir}/f`, 11, 12);
  console.log(times(`${dir}/f`));
  await cb('utimes cb missing', fs.utimes, `${dir}/nope`, 11, 12);
  await cb('futimes cb', fs.futimes, fd, 13, 14);
  await cb('lutimes cb', fs.lutimes, `${dir}/l`, 15, 16);
  await promised('promises.utimes', fs.promises.utimes(`${dir}/f`, 17, 18).then(() => times(`${dir}/f`)));
  await promised('promises.lutimes missing', fs.promises.lutimes(`${dir}/nope`, 1, 1));
  fs.closeSync(fd);
})();
