// .json files through require() and import ... with { type: 'json' } use
// JSON.parse's parser: deep nesting loads, "__proto__" stays an own key, a
// byte-order mark is skipped, and a syntax error is a SyntaxError naming the file.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = path.join(os.tmpdir(), `sous-json-files-${process.pid}`);
fs.mkdirSync(dir, { recursive: true });
const write = (name, text) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const depth = 100000;
const deep = require(write('deep.json', '['.repeat(depth) + '{"__proto__":1}' + ']'.repeat(depth)));
let level = 0;
let v = deep;
while (Array.isArray(v)) { v = v[0]; level++; }
console.log('deep', level, Object.keys(v), Object.getPrototypeOf(v) === Object.prototype);
console.log('bom', JSON.stringify(require(write('bom.json', '\ufeff{"a":[1,2]}'))));
const bad = write('bad.json', '{"a":1,}');
try {
  require(bad);
} catch (e) {
  console.log('require', e.name, e.message.replace(dir, '<dir>'));
}
import(bad, { with: { type: 'json' } }).then(
  (m) => console.log('import ok', m.default),
  (e) => console.log('import', e.name, e.message.replace(dir, '<dir>')),
).then(() => import(path.join(dir, 'deep.json'), { with: { type: 'json' } }))
  .then((m) => {
    console.log('import deep', Array.isArray(m.default));
    fs.rmSync(dir, { recursive: true });
  });
