// `-e` code sees every builtin module as a global (fs, vm, path...), loaded on first touch;
// assigning one replaces it. Checked through a child running `sous -e`/`node -e`.
const { execFileSync } = require('child_process');
const code = 'console.log(typeof fs.readFileSync, typeof vm.runInNewContext, path.sep, typeof os.cpus);' +
  'fs = 3; console.log(fs, typeof globalThis.zlib, Object.keys(globalThis).includes("fs"));' +
  'os.userInfo({ get encoding() { throw new Error("xyz"); } });';
try {
  execFileSync(process.execPath, ['-e', code], { encoding: 'utf8', stdio: 'pipe' });
} catch (e) {
  console.log(e.stdout, e.stderr.includes('Error: xyz'), e.status);
}
console.log(execFileSync(process.execPath, ['-p', 'typeof querystring.parse'], { encoding: 'utf8' }));
