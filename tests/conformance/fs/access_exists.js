// access and exists in their forms: modes, missing files, no permission, argument errors.
const fs = require('fs');
const { dir, tryIt, cb, promised } = require('./lib/tmp')('access');
fs.writeFileSync(`${dir}/f`, 'x');
fs.chmodSync(`${dir}/f`, 0o400);
const root = process.getuid && process.getuid() === 0;
tryIt('access F_OK', () => fs.accessSync(`${dir}/f`));
tryIt('access R_OK', () => fs.accessSync(`${dir}/f`, fs.constants.R_OK));
tryIt('access W_OK (denied unless root)', () => root || fs.accessSync(`${dir}/f`, fs.constants.W_OK));
tryIt('access missing', () => fs.accessSync(`${dir}/nope`));
tryIt('access bad mode', () => fs.accessSync(`${dir}/f`, 8));
tryIt('access mode string', () => fs.accessSync(`${dir}/f`, 'r'));
tryIt('existsSync', () => [fs.existsSync(`${dir}/f`), fs.existsSync(`${dir}/nope`), fs.existsSync(), fs.existsSync(`${dir}/f\u0000`)]);
(async () => {
  await cb('access cb', fs.access, `${dir}/f`);
  await cb('access cb R_OK', fs.access, `${dir}/f`, fs.constants.R_OK);
  await cb('access cb missing', fs.access, `${dir}/nope`);
  await new Promise((r) => fs.exists(`${dir}/f`, (v) => { console.log('exists cb', v); r(); }));
  await new Promise((r) => fs.exists(`${dir}/nope`, (v) => { console.log('exists cb missing', v); r(); }));
  await new Promise((r) => fs.exists(42, (v) => { console.log('exists cb bad path', v); r(); }));
  await promised('promises.access', fs.promises.access(`${dir}/f`));
  await promised('promises.access missing', fs.promises.access(`${dir}/nope`, fs.constants.R_OK));
  tryIt('access no callback', () => fs.access(`${dir}/f`));
  tryIt('exists no callback', () => fs.exists(`${dir}/f`));
})();
