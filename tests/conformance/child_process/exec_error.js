// exec: buffered output as strings; a non-zero exit gives Node's 'Command failed: <cmd>\n<stderr>'
// error with code, killed, signal and cmd, and the output still reaches the callback.
const { exec, execFile } = require('child_process');
exec('echo out; echo err >&2; exit 3', (err, stdout, stderr) => {
  console.log(JSON.stringify(err.message));
  console.log(err.code, err.killed, err.signal, JSON.stringify(err.cmd), Object.keys(err));
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
  execFile('echo', ['a', 'b'], { encoding: 'buffer' }, (err2, out) => {
    console.log(err2, Buffer.isBuffer(out), JSON.stringify(out.toString()));
    execFile('sh', ['-c', 'kill -9 $$'], (err3) => {
      console.log(JSON.stringify(err3.message), err3.code, err3.killed, err3.signal, err3.cmd);
    });
  });
});
