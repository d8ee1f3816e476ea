// util.promisify over the callback forms, and fs/promises being fs.promises.
const fs = require('fs');
const util = require('util');
const { dir, promised } = require('./lib/tmp')('promisify');
fs.writeFileSync(`${dir}/f`, 'abc');
(async () => {
  await promised('stat', util.promisify(fs.stat)(`${dir}/f`).then((s) => s.size));
  await promised('lstat missing', util.promisify(fs.lstat)(`${dir}/nope`));
  await promised('readdir', util.promisify(fs.readdir)(dir));
  await promised('mkdir', util.promisify(fs.mkdir)(`${dir}/a/b`, { recursive: true }).then((p) => p.endsWith('/a')));
  await promised('realpath', util.promisify(fs.realpath)(`${dir}/a`).then((p) => p.endsWith('/a')));
  await promised('access', util.promisify(fs.access)(`${dir}/f`));
  await promised('exists', util.promisify(fs.exists)(`${dir}/f`));
  await promised('open+close', util.promisify(fs.open)(`${dir}/f`, 'r').then((fd) => util.promisify(fs.close)(fd)));
  await promised('read', util.promisify(fs.read)(fs.openSync(`${dir}/f`), Buffer.alloc(3), 0, 3, 0)
    .then((r) => [Object.keys(r).join(','), r.bytesRead]));
  console.log('fs/promises', require('fs/promises') === fs.promises, require('node:fs/promises') === fs.promises);
})();
