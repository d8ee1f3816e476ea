// What fs exports: every call in its callback and sync forms, fs.promises, the classes, constants.
const fs = require('fs');
const names = ['access', 'appendFile', 'chmod', 'chown', 'close', 'copyFile', 'cp', 'exists', 'fchmod', 'fchown',
  'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes', 'lchown', 'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp',
  'open', 'opendir', 'read', 'readdir', 'readFile', 'readlink', 'readv', 'realpath', 'rename', 'rm', 'rmdir', 'stat',
  'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'write', 'writeFile', 'writev'];
console.log(names.filter((n) => typeof fs[n] !== 'function' || typeof fs[`${n}Sync`] !== 'function'));
console.log(typeof fs.realpath.native, typeof fs.realpathSync.native, typeof fs.lchmod);
const promiseNames = ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'lchmod', 'lchown', 'link', 'lstat',
  'lutimes', 'mkdir', 'mkdtemp', 'open', 'opendir', 'readdir', 'readFile', 'readlink', 'realpath', 'rename', 'rm',
  'rmdir', 'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'writeFile'];
console.log(promiseNames.filter((n) => typeof fs.promises[n] !== 'function'));
console.log(typeof fs.Stats, typeof fs.Dirent, typeof fs.Dir, typeof fs.promises.constants);
console.log(JSON.stringify(fs.constants));
console.log(fs.promises.constants === fs.constants, Object.isFrozen(fs.constants), fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
