// process.chdir's failures are Node's system errors: code, errno, syscall,
// path (the cwd) and dest (the target), and the message names both.
const fs = require('fs');
const path = require('path');
const show = (e) => {
  const cwd = process.cwd();
  const hide = (s) => String(s).split(cwd).join('<cwd>');
  console.log(hide(e.message));
  console.log(Object.keys(e).join(), e.code, e.errno, e.syscall, e.path === cwd, hide(e.dest));
  console.log(hide(e.stack.split('\n')[0]));
};
try { process.chdir('no-such-dir'); } catch (e) { show(e); }
try { process.chdir(__filename); } catch (e) { show(e); }
fs.mkdirSync(path.join(__dirname, 'tmp-chdir-errors'), { recursive: true });
process.chdir('tmp-chdir-errors');
console.log(path.basename(process.cwd()));
process.chdir('..');
fs.rmdirSync('tmp-chdir-errors');
