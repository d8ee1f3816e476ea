// fs.watch's `ignore` option: glob strings (a pattern without a slash matches the base name,
// dot files only when the pattern names them), RegExps, functions and arrays of them, in
// the callback and promise forms; other types are ERR_INVALID_ARG_TYPE naming the entry.
const fs = require('fs');
const path = require('path');
const { dir } = require('./lib/tmp')('watch-ignore');
for (const ignore of [42, [42], null, [/x/, 'a', () => true], {}]) {
  try {
    fs.watch(dir, { ignore }).close();
    console.log('accepted', ignore);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
fs.mkdirSync(path.join(dir, 'sub'));
fs.mkdirSync(path.join(dir, '.hid'));
const seen = new Set();
const ignore = ['*.log', /\.tmp$/, (f) => f.includes('skip'), '**/*.bak', '.hid/**'];
const w = fs.watch(dir, { recursive: true, ignore }, (e, f) => seen.add(f));
(async () => {
  try {
    await fs.promises.watch(dir, { ignore: 42 }).next();
  } catch (e) {
    console.log('promise form:', e.code, e.message);
  }
  const it = fs.promises.watch(dir, { ignore: '*.log' });
  const first = it.next();
  await new Promise((r) => setTimeout(r, 300));
  for (const f of ['a.log', 'sub/b.log', 'c.tmp', 'skipme', 'd.bak', 'sub/e.bak', 'keep.txt', 'sub/keep2', '.hid/x', '.dot.log']) {
    fs.writeFileSync(path.join(dir, f), 'x');
  }
  console.log('first not ignored by the promise form:', (await first).value);
  await it.return();
  await new Promise((r) => setTimeout(r, 300));
  w.close();
  console.log([...seen].sort().join(' '));
})();
