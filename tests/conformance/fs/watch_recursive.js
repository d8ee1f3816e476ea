// fs.watch with recursive: true sees files in directories that existed and in ones made
// later, named relative to the watched directory.
const fs = require('fs');
const path = require('path');
const { dir } = require('./lib/tmp')('watch-rec');
fs.mkdirSync(path.join(dir, 'old/deep'), { recursive: true });
const log = new Set();
const w = fs.watch(dir, { recursive: true }, (ev, name) => log.add(`${ev} ${name}`));
setTimeout(() => {
  fs.writeFileSync(path.join(dir, 'old/deep/f'), 'x');
  fs.mkdirSync(path.join(dir, 'new'));
  setTimeout(() => {
    fs.writeFileSync(path.join(dir, 'new/g'), 'y');
    setTimeout(() => {
      w.close();
      console.log([...log].sort().join('\n'));
    }, 300);
  }, 300);
}, 300);
