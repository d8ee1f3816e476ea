// fs.watch's errors: a missing path (thrown, with filename), bad arguments, and a watcher
// that is not persistent (persistent other than true) letting the process end.
const fs = require('fs');
const { dir } = require('./lib/tmp')('watch-err');
const show = (e) => console.log(e.name, e.code, e.message.split(dir).join('<tmp>'), e.errno, e.syscall,
  String(e.path).split(dir).join('<tmp>'), String(e.filename).split(dir).join('<tmp>'), Object.keys(e).join(','));
for (const args of [[`${dir}/nope`], [1], ['.', { recursive: 'x' }], ['.', 'bogus'], ['.', 42], [`${dir}\u0000`]]) {
  try {
    fs.watch(...args);
    console.log('no error');
  } catch (e) {
    show(e);
  }
}
fs.watch(dir, { persistent: false });
fs.watch(dir, { persistent: 1 });
fs.watch(dir).unref();
const ac = new AbortController();
const w = fs.watch(dir, { signal: ac.signal });
w.on('close', () => console.log('closed by the signal'));
ac.abort();
process.on('exit', () => console.log('exit: no watcher kept the process alive'));
