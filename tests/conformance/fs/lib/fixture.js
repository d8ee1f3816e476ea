// A fresh scratch folder for one case (`tmp-<name>` beside the cases),
// filled with `files` ({ name: contents }), removed when the process exits.
const fs = require('fs');

module.exports = function fixture(name, files = {}) {
  const dir = `tmp-${name}`;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  for (const [file, contents] of Object.entries(files)) fs.writeFileSync(`${dir}/${file}`, contents);
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};
