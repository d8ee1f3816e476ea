// Spawning a program that does not exist: no pid, an 'error' on the next tick shaped as Node's
// (`spawn x ENOENT` with errno, code, syscall, path, spawnargs), then 'close' with -2; no 'exit'.
const { spawn } = require('child_process');
const child = spawn('sous-no-such-program', ['a', 'b']);
console.log('pid', child.pid);
child.on('exit', () => console.log('exit (unexpected)'));
child.on('error', (err) => {
  console.log(err instanceof Error, err.message);
  console.log(Object.keys(err), err.errno, err.code, err.syscall, err.path, err.spawnargs);
});
child.on('close', (code, signal) => console.log('close', code, signal));
console.log('sync end');
