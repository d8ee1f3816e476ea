// rm, rmdir and unlink in their three forms, with their errors.
const fs = require('fs');
const { dir, tryIt, cb, promised } = require('./lib/tmp')('remove');
const reset = () => {
  fs.mkdirSync(`${dir}/d/e`, { recursive: true });
  fs.writeFileSync(`${dir}/d/e/f`, 'x');
  fs.writeFileSync(`${dir}/g`, 'x');
  fs.mkdirSync(`${dir}/empty`, { recursive: true });
};
reset();
(async () => {
  await cb('rm cb dir', fs.rm, `${dir}/d`);
  await cb('rm cb missing', fs.rm, `${dir}/nope`);
  await cb('rm cb missing force', fs.rm, `${dir}/nope`, { force: true });
  await cb('rm cb recursive', fs.rm, `${dir}/d`, { recursive: true });
  tryIt('rm bad option', () => fs.rmSync(`${dir}/g`, { recursive: 'yes' }));
  tryIt('rm bad retries', () => fs.rmSync(`${dir}/g`, { maxRetries: -1 }));
  await promised('promises.rm dir', fs.promises.rm(`${dir}/empty`));
  await promised('promises.rm file', fs.promises.rm(`${dir}/g`));
  await promised('promises.rm missing', fs.promises.rm(`${dir}/g`));
  reset();
  tryIt('rmdirSync not empty', () => fs.rmdirSync(`${dir}/d`));
  tryIt('rmdirSync file', () => fs.rmdirSync(`${dir}/g`));
  tryIt('rmdirSync missing', () => fs.rmdirSync(`${dir}/nope`));
  await cb('rmdir cb', fs.rmdir, `${dir}/empty`);
  await cb('rmdir cb missing', fs.rmdir, `${dir}/empty`);
  await promised('promises.rmdir not empty', fs.promises.rmdir(`${dir}/d`));
  tryIt('unlinkSync dir', () => fs.unlinkSync(`${dir}/d`));
  await cb('unlink cb', fs.unlink, `${dir}/g`);
  await cb('unlink cb missing', fs.unlink, `${dir}/g`);
  await promised('promises.unlink missing', fs.promises.unlink(`${dir}/g`));
  tryIt('left', () => fs.readdirSync(dir, { recursive: true }));
})();
