// fs.watch on a directory and on a file: 'rename' for entries created, moved and removed,
// 'change' for writes, names relative to the directory (the file's own name for a file),
// Buffer names with encoding 'buffer', and 'close' one tick after close().
const fs = require('fs');
const path = require('path');
const { dir } = require('./lib/tmp')('watch');
const log = [];
const w = fs.watch(dir, (ev, name) => log.push(`${ev} ${name}`));
console.log(w.constructor.name, w instanceof require('events'), typeof w.ref, typeof w.unref, w.ref() === w);
fs.writeFileSync(path.join(dir, 'a.txt'), 'x');
setTimeout(() => {
  fs.appendFileSync(path.join(dir, 'a.txt'), 'y');
  fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'inner'), 'not seen: not recursive');
  fs.unlinkSync(path.join(dir, 'b.txt'));
  setTimeout(() => {
    w.on('close', () => console.log('close event'));
    w.close();
    w.close();
    console.log('closed');
    console.log(log.join('\n'));
    const seen = [];
    const file = path.join(dir, 'sub', 'inner');
    const w2 = fs.watch(file, { encoding: 'buffer' }, (ev, name) => seen.push(`${ev} ${Buffer.isBuffer(name)} ${name}`));
    fs.appendFileSync(file, 'q');
    setTimeout(() => {
      w2.close();
      console.log(seen.join('\n'));
    }, 100);
  }, 100);
}, 100);
