// spawn('echo', args): 'spawn' comes first, then 'exit' (code, signal), then 'close' once
// stdout has ended; the output, pid type, spawnfile and spawnargs are as given.
const { spawn } = require('child_process');
const events = [];
let out = '';
const child = spawn('echo', ['hello', 'world']);
console.log(typeof child.pid, child.spawnfile, child.spawnargs, child.connected, child.exitCode, child.signalCode);
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.on('spawn', () => events.push('spawn'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => {
  events.push(`close ${code} ${signal}`);
  console.log(events.join(' | '));
  console.log(JSON.stringify(out), child.exitCode, child.signalCode, child.stdin !== null, child.stdio.length);
});
