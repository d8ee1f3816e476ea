// stdio entries past the three: a pipe on fd 3 the child writes to, 'ignore' and an inherited
// fd; and one child's stdout given as the next one's stdin (the parent stops reading it).
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'echo on-three >&3; echo on-one'], { stdio: ['ignore', 'pipe', 'ignore', 'pipe'] });
console.log(child.stdio.length, child.stdin, child.stderr, typeof child.stdio[3].on);
let three = '';
let one = '';
child.stdio[3].on('data', (d) => { three += d; });
child.stdout.on('data', (d) => { one += d; });
child.on('close', (code) => {
  console.log('fd 3:', JSON.stringify(three), 'fd 1:', JSON.stringify(one), code);
  const producer = spawn('sh', ['-c', 'printf "b\\na\\nc\\n"']);
  const sorter = spawn('sort', [], { stdio: [producer.stdout, 'pipe', 'inherit'] });
  let sorted = '';
  sorter.stdout.on('data', (d) => { sorted += d; });
  sorter.on('close', () => console.log('sorted:', JSON.stringify(sorted)));
});
