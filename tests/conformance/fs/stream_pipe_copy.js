// A file copied through stream.pipeline(fs.createReadStream, fs.createWriteStream) in small
// chunks, and with pipe(); both copies equal the source.
const fs = require('fs');
const { pipeline } = require('stream');
const { dir } = require('./lib/tmp')('stream-pipe');
const source = `${dir}/source`;
const lines = [];
for (let i = 0; i < 2000; i++) lines.push(`line ${i} ${'x'.repeat(i % 37)}`);
fs.writeFileSync(source, lines.join('\n'));

pipeline(fs.createReadStream(source, { highWaterMark: 1000 }), fs.createWriteStream(`${dir}/copy1`), (e) => {
  console.log('pipeline done', e, fs.readFileSync(`${dir}/copy1`).equals(fs.readFileSync(source)));
  const out = fs.createWriteStream(`${dir}/copy2`);
  fs.createReadStream(source).pipe(out);
  out.on('close', () => console.log('pipe done', fs.readFileSync(`${dir}/copy2`).equals(fs.readFileSync(source))));
});
