// appendFile in its three forms: creating, appending, flags, mode, encodings, errors.
const fs = require('fs');
const { dir, tryIt, cb, promised } = require('./lib/tmp')('append');
const file = `${dir}/f`;
tryIt('appendFileSync create', () => { fs.appendFileSync(file, 'a'); return fs.readFileSync(file, 'utf8'); });
tryIt('appendFileSync buffer', () => { fs.appendFileSync(file, Buffer.from('b')); return fs.readFileSync(file, 'utf8'); });
tryIt('appendFileSync hex', () => { fs.appendFileSync(file, '6364', 'hex'); return fs.readFileSync(file, 'utf8'); });
tryIt('appendFileSync mode', () => { fs.appendFileSync(`${dir}/m`, 'x', { mode: 0o600 }); return (fs.statSync(`${dir}/m`).mode & 0o777).toString(8); });
tryIt('appendFileSync bad data', () => fs.appendFileSync(file, 42));
tryIt('appendFileSync missing dir', () => fs.appendFileSync(`${dir}/nope/x`, 'x'));
const fd = fs.openSync(file, 'a');
tryIt('appendFileSync fd', () => { fs.appendFileSync(fd, 'e'); return fs.readFileSync(file, 'utf8'); });
fs.closeSync(fd);
(async () => {
  await cb('appendFile cb', fs.appendFile, file, 'f');
  await cb('appendFile cb options', fs.appendFile, file, 'g', { encoding: 'utf8' });
  await cb('appendFile cb missing dir', fs.appendFile, `${dir}/nope/x`, 'x');
  await promised('promises.appendFile', fs.promises.appendFile(file, 'h').then(() => fs.readFileSync(file, 'utf8')));
  await promised('promises.appendFile missing', fs.promises.appendFile(`${dir}/nope/x`, 'x'));
  tryIt('appendFile no callback', () => fs.appendFile(file, 'x'));
})();
