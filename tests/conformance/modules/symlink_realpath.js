// A required file reached through a symlink is loaded once, under its real path (Node's
// default; --preserve-symlinks keeps the linked path, see symlink_preserved.js).
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'conf-link-')));
fs.mkdirSync(path.join(dir, 'real'));
fs.writeFileSync(path.join(dir, 'real', 'mod.js'), 'globalThis.loads = (globalThis.loads || 0) + 1; module.exports = { file: __filename };');
fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
const a = require(path.join(dir, 'link', 'mod.js'));
const b = require(path.join(dir, 'real', 'mod.js'));
console.log(a === b, globalThis.loads, path.relative(dir, a.file));
console.log(path.relative(dir, require.resolve(path.join(dir, 'link', 'mod.js'))));
fs.rmSync(dir, { recursive: true });
