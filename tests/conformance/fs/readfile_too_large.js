// A file over 2 GiB (sparse) is refused with ERR_FS_FILE_TOO_LARGE before any read.
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_too_large', { 'huge.bin': '' });
fs.truncateSync(`${dir}/huge.bin`, 3 * 1024 * 1024 * 1024);
fs.readFile(`${dir}/huge.bin`, (err, data) => {
  console.log(err.name, err.code, '|', err.message, '|', err instanceof RangeError, data);
  try {
    fs.readFileSync(`${dir}/huge.bin`);
  } catch (e) {
    console.log('sync:', e.name, e.code, '|', e.message);
  }
});
