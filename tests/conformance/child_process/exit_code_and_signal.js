// Exit codes and signals: a non-zero code, then a child killed by name (SIGTERM), then by number
// (9): 'exit' gets (null, 'SIGTERM'), `killed` is set, kill() after the end returns false.
const { spawn } = require('child_process');
const failing = spawn('sh', ['-c', 'exit 7']);
failing.on('exit', (code, signal) => {
  console.log('exit code', code, signal, failing.exitCode, failing.killed);
  const sleeper = spawn('sleep', ['30']);
  sleeper.on('spawn', () => console.log('kill returns', sleeper.kill()));
  sleeper.on('exit', (code, signal) => {
    console.log('terminated', code, signal, sleeper.killed, sleeper.signalCode, sleeper.exitCode);
    console.log('kill after exit', sleeper.kill());
    const other = spawn('sleep', ['30']);
    other.kill(9);
    other.on('close', (code, signal) => console.log('killed by number', code, signal));
  });
});
