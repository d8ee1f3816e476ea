// Counts the lines of a 200 MB file through readline on fs.createReadStream. The file
// (/tmp/sous-bench-200mb.txt, 4 million lines) is made on first use: run once before timing.
const fs = require('fs');
const readline = require('readline');
const file = '/tmp/sous-bench-200mb.txt';
if (!fs.existsSync(file)) {
  const line = `${'x'.repeat(49)}\n`;
  fs.writeFileSync(file, line.repeat(4_000_000));
}
let lines = 0;
const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
rl.on('line', () => { lines++; });
rl.on('close', () => console.log(`${lines} lines`));
