// EACCES for a file without read permission. Root reads it anyway: then the
// case says so instead (the same line under node and sous).
const fs = require('fs');
const dir = require('./lib/fixture')('readfile_eacces', { 'noperm.txt': 'secret' });
const p = `${dir}/noperm.txt`;
fs.chmodSync(p, 0o000);
let enforced = true;
try {
  fs.readFileSync(p);
  enforced = false;
} catch {}
if (!enforced) {
  console.log('skipped: permissions are not enforced for this user (running as root)');
} else {
  fs.readFile(p, (err) => {
    console.log(err.message, '|', err.errno, err.code, err.syscall, err.path, Object.keys(err).join(','));
  });
}
