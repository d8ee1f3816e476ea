// spawn's timeout kills the child with killSignal; an AbortSignal kills it with an AbortError.
const { spawn } = require('child_process');
const timed = spawn('sleep', ['10'], { timeout: 50, killSignal: 'SIGINT' });
timed.on('exit', (code, signal) => {
  console.log('timeout', code, signal, timed.killed);
  const controller = new AbortController();
  const aborted = spawn('sleep', ['10'], { signal: controller.signal });
  aborted.on('error', (err) => console.log(err.name, err.code, err.message));
  aborted.on('exit', (code, signal) => console.log('aborted', code, signal));
  aborted.on('spawn', () => controller.abort());
});
