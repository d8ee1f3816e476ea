// A readdir + stat walk of a 10,000-file tree (100 directories of 100 files), as glob
// and file-utility packages do: fs.readdir with file types, then fs.stat of every file,
// all in the callback forms. The tree is made once in $TMPDIR/sous-bench-fs-walk.
const fs = require('fs');
const DIRS = 100;
const FILES = 100;
const root = `${process.env.TMPDIR || '/tmp'}/sous-bench-fs-walk`;
if (!fs.existsSync(`${root}/ready`)) {
  for (let d = 0; d < DIRS; d++) {
    fs.mkdirSync(`${root}/d${d}`, { recursive: true });
    for (let f = 0; f < FILES; f++) fs.writeFileSync(`${root}/d${d}/f${f}.txt`, 'x'.repeat(f));
  }
  fs.writeFileSync(`${root}/ready`, '');
}
let files = 0;
let bytes = 0;
let pending = 0;
function done() {
  if (--pending === 0) console.log(`${files} files ${bytes} bytes`);
}
function walk(dir) {
  pending++;
  fs.readdir(dir, { withFileTypes: true }, (err, entries) => {
    if (err) throw err;
    for (const e of entries) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        walk(p);
      } else if (e.name !== 'ready') {
        pending++;
        fs.stat(p, (err2, st) => {
          if (err2) throw err2;
          files++;
          bytes += st.size;
          done();
        });
      }
    }
    done();
  });
}
walk(root);
