// fs.mkdirSync (plain and recursive) and fs.rmSync (recursive, force), with their errors.
const fs = require('fs');
const dir = require('./lib/fixture')('mkdir_rm', { 'file.txt': 'x' });
const tryIt = (label, fn) => {
  try {
    console.log(label, '->', fn());
  } catch (e) {
    console.log(label, '-> throws', e.name, e.code, '|', e.message, '|', Object.keys(e).join(','), e.errno, e.syscall, e.path);
  }
};
tryIt('mkdir', () => fs.mkdirSync(`${dir}/a`));
tryIt('mkdir exists', () => fs.mkdirSync(`${dir}/a`));
tryIt('mkdir missing parent', () => fs.mkdirSync(`${dir}/x/y`));
tryIt('mkdir under a file', () => fs.mkdirSync(`${dir}/file.txt/y`));
tryIt('recursive', () => fs.mkdirSync(`${dir}/r/s/t`, { recursive: true }));
tryIt('recursive again', () => fs.mkdirSync(`${dir}/r/s/t`, { recursive: true }));
tryIt('recursive partly there', () => fs.mkdirSync(`${dir}/r/s/u/v`, { recursive: true }));
tryIt('recursive over a file', () => fs.mkdirSync(`${dir}/file.txt`, { recursive: true }));
tryIt('recursive under a file', () => fs.mkdirSync(`${dir}/file.txt/y/z`, { recursive: true }));
tryIt('recursive not boolean', () => fs.mkdirSync(`${dir}/q`, { recursive: 1 }));
tryIt('exists after', () => [fs.existsSync(`${dir}/r/s/t`), fs.existsSync(`${dir}/r/s/u/v`)]);
tryIt('rm dir without recursive', () => fs.rmSync(`${dir}/r`));
tryIt('rm missing', () => fs.rmSync(`${dir}/nope`));
tryIt('rm missing force', () => fs.rmSync(`${dir}/nope`, { force: true }));
tryIt('rm recursive', () => fs.rmSync(`${dir}/r`, { recursive: true }));
tryIt('gone', () => fs.existsSync(`${dir}/r`));
tryIt('rm file', () => fs.rmSync(`${dir}/file.txt`));
tryIt('rm path type', () => fs.rmSync(42));
try {
  fs.rmSync(`${dir}/a`);
} catch (e) {
  console.log('SystemError info:', JSON.stringify(e.info), e.toString());
}
