// spawn options seen by the child (sous or node itself, through process.execPath): env, cwd,
// argv0, shell, stdio 'inherit' and 'ignore', and detached (a new session).
const { spawn, spawnSync } = require('child_process');
const path = require('path');
const script = 'console.log(process.env.CP_TEST, path.basename(process.cwd()), process.argv0, process.argv.slice(1))';
const r = spawnSync(process.execPath, ['-e', `const path = require('path'); ${script}`, 'extra'], {
  env: { CP_TEST: 'from-env' },
  cwd: path.join(__dirname, '..'),
  argv0: 'custom-argv0',
  encoding: 'utf8',
});
console.log(r.stdout.trim());
console.log(spawnSync('echo $((6 * 7))', { shell: true, encoding: 'utf8' }).stdout.trim());
const detached = spawnSync(process.execPath, ['-e',
  "const f = require('fs').readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' '); console.log(+f[3] === process.pid)"],
{ detached: true, encoding: 'utf8' });
console.log('session leader', detached.stdout.trim());
const child = spawn('sh', ['-c', 'echo inherited; echo ignored >&2'], { stdio: ['ignore', 'inherit', 'ignore'] });
const streams = [child.stdin, child.stdout, child.stderr, child.stdio];
child.on('close', (code) => console.log('closed', code, ...streams));
