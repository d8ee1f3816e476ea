// Spawns /bin/true 1,000 times: one after another, then 50 at a time.
const { spawn } = require('child_process');
const N = 1000;
function one() {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/true', [], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', resolve);
  });
}
(async () => {
  let t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await one();
  const sequential = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  let next = 0;
  const lane = async () => { while (next < N) { next++; await one(); } };
  await Promise.all(Array.from({ length: 50 }, lane));
  const parallel = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(`sequential ${sequential.toFixed(0)} ms, 50 at a time ${parallel.toFixed(0)} ms`);
})();
