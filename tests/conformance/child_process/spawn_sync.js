// spawnSync: Node's result object (status, signal, output, pid, stdout, stderr), `input` written
// to the child's stdin, `encoding`, and a missing program as result.error (spawnSync x ENOENT).
const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'cat; echo err >&2; exit 4'], { input: 'from input' });
console.log(Object.keys(r), r.status, r.signal, r.output[0], String(r.stdout), String(r.stderr), typeof r.pid);
const s = spawnSync('echo', ['text'], { encoding: 'utf8' });
console.log(JSON.stringify(s.stdout), JSON.stringify(s.output));
const e = spawnSync('sous-no-such-program', ['x']);
console.log(Object.keys(e), e.error.message, e.error.code, e.error.errno, e.error.syscall, e.error.path, e.error.spawnargs);
console.log(e.status, e.signal, e.output, e.pid, e.stdout, e.stderr);
const k = spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log(k.status, k.signal);
