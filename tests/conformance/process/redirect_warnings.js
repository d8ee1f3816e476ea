// NODE_REDIRECT_WARNINGS (and --redirect-warnings) append warnings to a file, not stderr.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'conf-')), 'w.txt');
const code = "process.emitWarning('to the file'); process.emitWarning('again', 'Custom')";
for (const [args, env] of [[['-e', code], { NODE_REDIRECT_WARNINGS: file }], [[`--redirect-warnings=${file}`, '-e', code], {}]]) {
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  console.log(r.status, JSON.stringify(r.stderr));
}
console.log(fs.readFileSync(file, 'utf8').replace(/\(node:\d+\)/g, '(node:PID)').replace(/`\w+ --/g, '`RUNTIME --'));
fs.rmSync(path.dirname(file), { recursive: true });
