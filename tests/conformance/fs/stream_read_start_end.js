// fs.createReadStream with start/end (end inclusive), encoding, a start past the end of the file,
// and the checks of start and end (ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE).
const fs = require('fs');
const { dir, tryIt } = require('./lib/tmp')('stream-read-range');
const file = `${dir}/f.txt`;
fs.writeFileSync(file, '0123456789');

const collect = (options) => new Promise((resolve) => {
  const chunks = [];
  fs.createReadStream(file, options)
    .on('data', (c) => chunks.push(c))
    .on('end', () => resolve(chunks))
    .on('error', (e) => resolve(`error ${e.code}`));
});

(async () => {
  console.log('start 2 end 5', (await collect({ start: 2, end: 5 })).join('|'));
  console.log('start 3', (await collect({ start: 3 })).join('|'));
  console.log('end 0', (await collect({ end: 0 })).join('|'));
  console.log('start 4 end 8 hwm 2', (await collect({ start: 4, end: 8, highWaterMark: 2 })).join('|'));
  console.log('start past the end', await collect({ start: 100 }));
  const hex = await collect({ encoding: 'hex', start: 0, end: 2 });
  console.log('encoding hex', typeof hex[0], hex);
  console.log('string options', typeof (await collect('utf8'))[0]);
  tryIt('start > end', () => fs.createReadStream(file, { start: 5, end: 2 }));
  tryIt('start negative', () => fs.createReadStream(file, { start: -1 }));
  tryIt('start string', () => fs.createReadStream(file, { start: '1' }));
  tryIt('end float', () => fs.createReadStream(file, { end: 1.5 }));
  tryIt('path number', () => fs.createReadStream(12.5));
  tryIt('fd string', () => fs.createReadStream(null, { fd: 'x' }));
  tryIt('bad encoding', () => fs.createReadStream(file, { encoding: 'nope' }));
})();
