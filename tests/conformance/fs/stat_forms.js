// stat, lstat and fstat in their three forms: Stats, BigIntStats, the type checks,
// throwIfNoEntry, and the errors.
const fs = require('fs');
const { dir, tryIt, cb, promised } = require('./lib/tmp')('stat');
fs.writeFileSync(`${dir}/f`, '12345');
fs.mkdirSync(`${dir}/d`);
fs.symlinkSync('f', `${dir}/l`);
const kinds = (s) => ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isCharacterDevice', 'isBlockDevice']
  .filter((k) => s[k]()).join(',');
const describe = (s) => [s.constructor.name, kinds(s), s.size, typeof s.mtimeMs, s.mtime instanceof Date,
  typeof s.atimeNs, (Number(s.mode) & 0o170000).toString(8), s.nlink >= 1].join(' ');
tryIt('stat file', () => describe(fs.statSync(`${dir}/f`)));
tryIt('stat dir', () => describe(fs.statSync(`${dir}/d`)));
tryIt('stat link', () => describe(fs.statSync(`${dir}/l`)));
tryIt('lstat link', () => describe(fs.lstatSync(`${dir}/l`)));
tryIt('bigint', () => describe(fs.statSync(`${dir}/f`, { bigint: true })));
tryIt('bigint ms matches ns', () => {
  const s = fs.statSync(`${dir}/f`, { bigint: true });
  return s.mtimeMs === s.mtimeNs / 1000000n && s.mtime.getTime() === Number(s.mtimeMs);
});
tryIt('ms vs date', () => {
  const s = fs.statSync(`${dir}/f`);
  return Math.abs(s.mtime.getTime() - s.mtimeMs) < 1;
});
tryIt('keys', () => Object.keys(fs.statSync(`${dir}/f`)).join(','));
tryIt('bigint keys', () => Object.keys(fs.statSync(`${dir}/f`, { bigint: true })).join(','));
tryIt('char device', () => kinds(fs.statSync('/dev/null')));
tryIt('missing', () => fs.statSync(`${dir}/nope`));
tryIt('missing no throw', () => fs.statSync(`${dir}/nope`, { throwIfNoEntry: false }));
tryIt('lstat missing no throw', () => fs.lstatSync(`${dir}/nope/x`, { throwIfNoEntry: false }));
tryIt('under a file', () => fs.statSync(`${dir}/f/x`));
tryIt('lstat missing', () => fs.lstatSync(`${dir}/nope`));
tryIt('bad path', () => fs.statSync(123));
tryIt('null byte', () => fs.statSync(`${dir}/a\u0000b`));
const fd = fs.openSync(`${dir}/f`);
tryIt('fstat', () => describe(fs.fstatSync(fd)));
tryIt('fstat bigint', () => describe(fs.fstatSync(fd, { bigint: true })));
tryIt('fstat bad fd', () => fs.fstatSync(-1));
tryIt('fstat not number', () => fs.fstatSync('1'));
(async () => {
  await new Promise((r) => fs.stat(`${dir}/f`, (e, s) => { console.log('stat cb', e, describe(s)); r(); }));
  await new Promise((r) => fs.lstat(`${dir}/l`, { bigint: true }, (e, s) => { console.log('lstat cb', e, describe(s)); r(); }));
  await new Promise((r) => fs.fstat(fd, (e, s) => { console.log('fstat cb', e, describe(s)); r(); }));
  await cb('stat cb missing', fs.stat, `${dir}/nope`);
  await cb('lstat cb missing', fs.lstat, `${dir}/nope`);
  await promised('promises.stat', fs.promises.stat(`${dir}/d`).then(describe));
  await promised('promises.lstat bigint', fs.promises.lstat(`${dir}/l`, { bigint: true }).then(describe));
  await promised('promises.stat missing', fs.promises.stat(`${dir}/nope`));
  await promised('promises.stat bad path', fs.promises.stat(null));
  tryIt('stat no callback', () => fs.stat(`${dir}/f`));
  fs.closeSync(fd);
  await cb('fstat closed', fs.fstat, fd);
})();
