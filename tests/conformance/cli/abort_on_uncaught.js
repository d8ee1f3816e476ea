// --abort-on-uncaught-exception: an uncaught error (even with an 'uncaughtException'
// listener) prints "Uncaught <error>" and "FROM" and the process dies by a signal, before
// any 'exit' listener; a capture callback still takes the error and the process goes on.
const { spawnSync } = require('child_process');
const run = (code) => {
  // No core file in the case's folder.
  const r = spawnSync('/bin/sh', ['-c', 'ulimit -c 0; exec "$0" --abort-on-uncaught-exception -e "$1"', process.execPath, code], { encoding: 'utf8' });
  const lines = r.stderr.split('\n');
  console.log(r.status, r.signal, JSON.stringify(r.stdout), lines.slice(0, 3));
};
run("process.on('exit', () => console.log('exit')); process.on('uncaughtException', () => console.log('caught')); throw new Error('boom')");
run("process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message)); setTimeout(() => console.log('goes on'), 1); throw new Error('boom')");
