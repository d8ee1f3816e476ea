// zlib: a Gzip piped into a Gunzip: output in chunkSize pieces, the order
// of finish/end/close on both, bytesWritten, and the handle closed at the end.
const zlib = require('zlib');

const gzip = zlib.createGzip({ chunkSize: 1024, level: 1 });
const gunzip = zlib.createGunzip({ chunkSize: 4096 });
const events = [];
for (const [name, s] of [['gzip', gzip], ['gunzip', gunzip]]) {
  for (const ev of ['finish', 'end', 'close']) s.on(ev, () => events.push(`${name} ${ev}`));
}
const sizes = [];
let total = 0;
gunzip.on('data', (d) => { sizes.push(d.length); total += d.length; });
gunzip.on('close', () => {
  console.log(events.join('\n'));
  console.log('chunks', sizes.every((n) => n <= 4096), 'total', total);
  console.log('bytesWritten', gzip.bytesWritten, gunzip.bytesWritten > 0);
  console.log('closed', gzip._closed, gunzip._closed, gzip._handle, gunzip._handle);
});
gzip.pipe(gunzip);
const block = Buffer.alloc(10000);
for (let i = 0; i < block.length; i++) block[i] = (i * 7919) % 251;
for (let i = 0; i < 5; i++) gzip.write(block);
gzip.end();
