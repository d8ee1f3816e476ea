// spawnSync's timeout kills the child with killSignal and reports ETIMEDOUT; maxBuffer reports
// ENOBUFS (and kills the child).
const { spawnSync } = require('child_process');
const t = spawnSync('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' });
console.log(t.error.message, t.error.code, t.status, t.signal);
const b = spawnSync('sh', ['-c', 'echo 0123456789; sleep 10'], { maxBuffer: 4 });
console.log(b.error.message, b.error.code, b.status, b.signal, String(b.stdout));
