// A child's stdin is a writable stream: what is written (in several writes, then end()) reaches
// `cat`, which echoes it back on stdout until it sees the end.
const { spawn } = require('child_process');
const cat = spawn('cat');
const chunks = [];
cat.stdout.on('data', (d) => chunks.push(d));
cat.on('close', (code) => {
  const all = Buffer.concat(chunks);
  console.log(code, all.length, JSON.stringify(all.toString().slice(0, 20)));
});
cat.stdin.write('first line\n');
cat.stdin.write(Buffer.from('second line\n'));
cat.stdin.end('x'.repeat(200000));
