// statfs in its three forms: StatFs's fields (numbers or BigInts) and the error.
const fs = require('fs');
const { dir, tryIt, cb, promised } = require('./lib/tmp')('statfs');
const shape = (s) => [s.constructor.name, Object.keys(s).join(','), Object.values(s).map((v) => typeof v).join(','),
  s.bsize > 0, s.blocks >= s.bfree].join(' ');
tryIt('statfsSync', () => shape(fs.statfsSync(dir)));
tryIt('statfsSync bigint', () => shape(fs.statfsSync(dir, { bigint: true })));
tryIt('statfsSync missing', () => fs.statfsSync(`${dir}/nope`));
(async () => {
  await new Promise((r) => fs.statfs(dir, (e, s) => { console.log('statfs cb', e, shape(s)); r(); }));
  await cb('statfs cb missing', fs.statfs, `${dir}/nope`);
  await promised('promises.statfs', fs.promises.statfs(dir).then(shape));
  await promised('promises.statfs missing', fs.promises.statfs(`${dir}/nope`));
})();
