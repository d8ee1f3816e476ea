// util.promisify(exec) and (execFile): { stdout, stderr } on success, the child as `.child`, and
// on failure an error carrying stdout and stderr.
const util = require('util');
const { exec, execFile } = require('child_process');
const run = util.promisify(exec);
const p = run('echo hi; echo there >&2');
console.log(typeof p.child.pid);
p.then((r) => {
  console.log(r);
  return util.promisify(execFile)('sh', ['-c', 'echo partial; exit 2']);
}).catch((err) => {
  console.log(err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr), err.message.split('\n')[0]);
});
