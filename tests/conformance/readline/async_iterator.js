// for await over a readline Interface on an fs read stream (small chunks): every line in order,
// the file's last line without a newline, and an Interface reading lines from a Readable.from.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { Readable } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sous-readline-iter-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'lines.txt');
const content = [];
for (let i = 0; i < 500; i++) content.push(`${i}: ${'ab'.repeat(i % 13)}`);
fs.writeFileSync(file, `${content.join('\n')}\nlast`);

(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 100 }), crlfDelay: Infinity });
  const seen = [];
  for await (const line of rl) seen.push(line);
  console.log('count', seen.length, 'equal', seen.slice(0, 500).join('\n') === content.join('\n'), 'last', seen[500]);

  const rl2 = readline.createInterface({ input: Readable.from(['a\nb', '\nc\n']) });
  const it = rl2[Symbol.asyncIterator]();
  console.log('same iterator', it === rl2[Symbol.asyncIterator](), typeof it.next, typeof it.return);
  const got = [];
  for await (const line of it) got.push(line);
  console.log(got);

  const rl3 = readline.createInterface({ input: Readable.from(['x\ny\nz\n']) });
  for await (const line of rl3) {
    console.log('first', line);
    break;
  }
  console.log('after break: closed', rl3.closed);
  rl3.close();
  console.log('closed', rl3.closed);
})();
