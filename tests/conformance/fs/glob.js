// fs.glob, fs.globSync and fs.promises.glob: `**`, `*`, braces, several patterns, dot files
// only when named, directories as `dir/`, the working directory as `.`, absolute patterns,
// `cwd`, `exclude` as a function or globs, `withFileTypes`, and the argument errors.
const fs = require('fs');
const path = require('path');
const { dir } = require('./lib/tmp')('glob');
for (const d of ['a/b', '.h']) fs.mkdirSync(path.join(dir, d), { recursive: true });
for (const f of ['a/x.js', 'a/b/y.js', 'z.md', '.h/q.js', 'a/.d.js']) fs.writeFileSync(path.join(dir, f), '');
process.chdir(dir);
const show = (p, o) => {
  try {
    console.log(JSON.stringify(p).split(dir).join('<tmp>'), JSON.stringify(fs.globSync(p, o).sort()).split(dir).join('<tmp>'));
  } catch (e) {
    console.log(JSON.stringify(p), e.code, e.message);
  }
};
show('**/*.js'); show('*'); show('a/**'); show('a/*/y.js'); show(['*.md', 'a/*.js']); show('nope/*'); show('**');
show('.h/*'); show('a'); show('**/', {}); show(`${dir}/a/*.js`);
show('**/*.js', { exclude: (p) => p === 'a/b' }); show('**/*.js', { exclude: ['a/b/**'] });
show(42); show('*', 1); show('*', { exclude: 1 });
show('*.js', { cwd: 'a' }); show('{z,q}.md'); show('a/b/y.js');
console.log(fs.globSync('a/*', { withFileTypes: true }).map((d) => [d.name, d.parentPath, d.isFile()]));
fs.glob('a/*.js', (e, r) => {
  console.log('callback', e, r);
  (async () => {
    const it = fs.promises.glob('a/**/*.js');
    console.log(Object.prototype.toString.call(it));
    const got = [];
    for await (const x of it) got.push(x);
    console.log('promise', got.sort());
    process.chdir(__dirname);
  })();
});
