// execSync and execFileSync: the output as a Buffer (or string with encoding); a failure throws
// 'Command failed: ...' with status and the result's fields; execSync echoes the child's stderr
// when stdio is left to its default.
const { execSync, execFileSync } = require('child_process');
console.log(JSON.stringify(execSync('echo one').toString()), execFileSync('echo', ['two'], { encoding: 'utf8' }));
try {
  execSync('echo to-stderr >&2; exit 5');
} catch (err) {
  console.log(JSON.stringify(err.message), err.status, err.signal, Object.keys(err), String(err.stderr));
}
try {
  execFileSync('sh', ['-c', 'exit 6'], { stdio: 'pipe' });
} catch (err) {
  console.log(JSON.stringify(err.message), err.status);
}
try {
  execFileSync('sous-no-such-program');
} catch (err) {
  console.log(err.message, err.code, err.syscall, Object.keys(err));
}
