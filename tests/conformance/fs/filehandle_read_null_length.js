// FileHandle.read with a null length reads to the end of the buffer (both the positional and
// the options forms), where fs.read takes a null length as 0.
const fs = require('fs');
const { dir } = require('./lib/tmp')('filehandle-null-length');
const file = `${dir}/f`;
fs.writeFileSync(file, 'abcdef');
(async () => {
  const h = await fs.promises.open(file);
  const a = await h.read(Buffer.alloc(4), 0, null, 0);
  console.log('positional', a.bytesRead, a.buffer.toString());
  const b = await h.read({ buffer: Buffer.alloc(3), offset: 1, length: null, position: 2 });
  console.log('options', b.bytesRead, JSON.stringify(b.buffer.toString()));
  const c = await h.read(Buffer.alloc(4), { length: null, position: 1 });
  console.log('buffer and options', c.bytesRead, c.buffer.toString());
  await h.close();
  const fd = fs.openSync(file);
  fs.read(fd, Buffer.alloc(4), 0, null, 0, (err, n) => {
    console.log('fs.read null length', err, n);
    fs.closeSync(fd);
  });
})();
