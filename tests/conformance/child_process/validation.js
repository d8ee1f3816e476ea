// Argument checks with Node's errors: file type, null bytes, bad stdio, unknown signals, bad
// timeout, options type, args type.
const cp = require('child_process');
function show(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
show(() => cp.spawn(1));
show(() => cp.spawn(''));
show(() => cp.spawn('echo', 'x'));
show(() => cp.spawn('echo', [], 'opts'));
show(() => cp.spawn('ech\0o'));
show(() => cp.spawn('echo', ['a\0b']));
show(() => cp.spawn('echo', { stdio: 'bogus' }));
show(() => cp.spawn('echo', { stdio: [{}] }));
show(() => cp.spawn('echo', { timeout: -1 }));
show(() => cp.spawn('echo', { killSignal: 'SIGNOPE' }));
show(() => cp.spawn('echo', { uid: 'root' }));
show(() => cp.spawn('echo', { detached: 'yes' }));
show(() => cp.spawn('echo', { signal: {} }));
show(() => cp.spawnSync('echo', { maxBuffer: -1 }));
show(() => cp.spawnSync('echo', { stdio: ['ipc'] }));
show(() => cp.exec(42));
show(() => cp.execFile('echo', [], {}, 'not a function'));
const child = cp.spawn('sleep', ['5'], { stdio: 'ignore' });
show(() => child.kill('SIGBOGUS'));
child.kill();
