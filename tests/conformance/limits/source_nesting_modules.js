// Too deep a nesting in a required file or an imported ES module rejects
// with Node's RangeError (Maximum call stack size exceeded); the process
// goes on.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = path.join(os.tmpdir(), 'sous-nesting-' + process.pid);
fs.mkdirSync(dir, { recursive: true });
const deep = 'module.exports = ' + '['.repeat(1e5) + ']'.repeat(1e5) + ';\n';
fs.writeFileSync(path.join(dir, 'deep.js'), deep);
fs.writeFileSync(path.join(dir, 'deep.mjs'), 'export default ' + '('.repeat(1e5) + '1' + ')'.repeat(1e5) + ';\n');
fs.writeFileSync(path.join(dir, 'ok.js'), 'module.exports = ' + '['.repeat(100) + '3' + ']'.repeat(100) + ';\n');
try {
  require(path.join(dir, 'deep.js'));
} catch (e) {
  console.log('require', e.name, e.message);
}
console.log('shallow', require(path.join(dir, 'ok.js')).flat(Infinity));
import(path.join(dir, 'deep.mjs')).then(
  () => console.log('import parsed'),
  (e) => {
    console.log('import', e.name, e.message);
    fs.rmSync(dir, { recursive: true });
  },
);
