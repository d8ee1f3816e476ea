// FileHandle.createReadStream / createWriteStream (the stream closes the handle, 'close' on
// both), readLines(), and a stream over an fd number (autoClose: false leaves it open).
const fs = require('fs');
const { dir } = require('./lib/tmp')('stream-filehandle');
const file = `${dir}/f.txt`;

(async () => {
  const w = await fs.promises.open(file, 'w');
  w.on('close', () => console.log('write handle close'));
  const ws = w.createWriteStream();
  ws.write('one\ntwo\r\n');
  ws.end('three');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('written', JSON.stringify(fs.readFileSync(file, 'utf8')), 'handle fd', w.fd);

  const r = await fs.promises.open(file);
  r.on('close', () => console.log('read handle close'));
  const chunks = [];
  const rs = r.createReadStream({ encoding: 'utf8', start: 4 });
  rs.on('data', (c) => chunks.push(c));
  await new Promise((resolve) => rs.on('close', resolve));
  console.log('read', JSON.stringify(chunks.join('')));

  const h = await fs.promises.open(file);
  for await (const line of h.readLines()) console.log('readLines', JSON.stringify(line));

  const fd = fs.openSync(file, 'r');
  const byFd = fs.createReadStream(null, { fd, autoClose: false, start: 0, end: 2 });
  byFd.on('data', (c) => console.log('fd data', c.toString()));
  byFd.on('end', () => {
    console.log('fd still open', fs.fstatSync(fd).size);
    fs.closeSync(fd);
  });
  byFd.on('close', () => console.log('fd stream close (not expected)'));
})();
