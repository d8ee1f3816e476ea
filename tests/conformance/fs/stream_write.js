// fs.createWriteStream: writes (strings and Buffers) in order, 'open'/'ready', end() then
// 'finish' then 'close', bytesWritten, flags 'a' and 'r+' with start, and close(cb).
const fs = require('fs');
const { dir, err } = require('./lib/tmp')('stream-write');
const file = `${dir}/out.txt`;

function finished(ws) {
  return new Promise((resolve) => {
    const events = [];
    ws.on('open', (fd) => events.push(`open ${typeof fd}`));
    ws.on('ready', () => events.push('ready'));
    ws.on('finish', () => events.push(`finish bytesWritten=${ws.bytesWritten}`));
    ws.on('error', (e) => events.push(`error ${err(e)}`));
    ws.on('close', () => {
      events.push('close');
      resolve(events);
    });
  });
}

(async () => {
  const ws = fs.createWriteStream(file);
  console.log('class', ws.constructor.name, ws instanceof fs.WriteStream, ws.pending, ws.bytesWritten, ws.flags);
  const done = finished(ws);
  console.log('write returns', ws.write('hello '), ws.write(Buffer.from('world')));
  ws.write('\n', () => console.log('write callback'));
  ws.end('bye\n');
  console.log(await done);
  console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));

  const append = fs.createWriteStream(file, { flags: 'a' });
  const appended = finished(append);
  append.end('more\n');
  console.log(await appended, JSON.stringify(fs.readFileSync(file, 'utf8')));

  const at = fs.createWriteStream(file, { flags: 'r+', start: 2 });
  const atDone = finished(at);
  at.write('XY');
  at.close(() => console.log('close callback'));
  console.log(await atDone, JSON.stringify(fs.readFileSync(file, 'utf8')));

  const small = fs.createWriteStream(`${dir}/small`, { highWaterMark: 4 });
  console.log('backpressure', small.write('abc'), small.write('de'), small.writableLength);
  small.once('drain', () => {
    console.log('drain');
    small.end();
  });
  await finished(small);

  const bad = fs.createWriteStream(`${dir}/no/such/dir/f`);
  console.log(await finished(bad));
  const enc = fs.createWriteStream(`${dir}/hex`, { encoding: 'hex' });
  enc.end('616263', () => console.log('hex default encoding', fs.readFileSync(`${dir}/hex`, 'utf8')));
})();
