// fs.openAsBlob: a promise of a Blob with the file's bytes and the given type; the path and
// options are checked at once, and a missing file throws from stat.
const fs = require('fs');
const path = require('path');
const { dir } = require('./lib/tmp')('blob');
const file = path.join(dir, 'ob.txt');
fs.writeFileSync(file, 'hello\n');
fs.openAsBlob(file, { type: 'text/plain' }).then(async (b) => console.log(b.constructor.name, b.size, b.type, JSON.stringify(await b.text())));
for (const args of [[1], [file, { type: 1 }], [file, 1], [path.join(dir, 'missing')]]) {
  try {
    fs.openAsBlob(...args);
  } catch (e) {
    console.log(e.code, e.syscall, e.message.split(dir).join('<tmp>'));
  }
}
