'use strict';
// Writes a tree of 200 small CommonJS modules into the directory given as
// argv[2] (default: a fresh dir under os.tmpdir()) and prints that path.
// Each module requires up to 3 children and exports a sum, so the entry's
// result (`sum 20100`) proves every module ran once.
// Run with node: `node bench/require_tree/gen.js /tmp/rtree`.
const fs = require('fs');
const path = require('path');
const os = require('os');

const COUNT = 200;
const dir = process.argv[2] || fs.mkdtempSync(path.join(os.tmpdir(), 'require-tree-'));
fs.mkdirSync(path.join(dir, 'lib'), { recursive: true });
for (let i = 0; i < COUNT; i++) {
  const kids = [1, 2, 3].map((k) => i * 3 + k).filter((k) => k < COUNT);
  const body = [
    "'use strict';",
    ...kids.map((k) => `const m${k} = require('./m${k}');`),
    `const own = ${i + 1};`,
    `module.exports = { total: own${kids.map((k) => ` + m${k}.total`).join('')}, name: 'm${i}' };`,
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'lib', `m${i}.js`), `${body}\n`);
}
fs.copyFileSync(path.join(__dirname, 'entry.js'), path.join(dir, 'entry.js'));
console.log(dir);
