// exec's maxBuffer: more output than allowed kills the child and fails with
// ERR_CHILD_PROCESS_STDIO_MAXBUFFER; the output is cut at maxBuffer.
const { exec } = require('child_process');
exec('echo 1234567890; sleep 5', { maxBuffer: 4 }, (err, stdout, stderr) => {
  console.log(err.name, err.code, err.message, err instanceof RangeError);
  console.log(JSON.stringify(stdout), JSON.stringify(stderr), err.cmd);
});
