// A read stream whose file cannot be opened (ENOENT) or read (EISDIR): 'error' with the system
// error, then 'close'; no 'open', 'ready' or 'end'. emitClose: false leaves 'close' out.
const fs = require('fs');
const { dir, err } = require('./lib/tmp')('stream-read-errors');

function watch(label, rs) {
  return new Promise((resolve) => {
    const events = [];
    for (const name of ['open', 'ready', 'end']) rs.on(name, () => events.push(name));
    rs.on('data', () => events.push('data'));
    rs.on('error', (e) => events.push(`error ${err(e)}`));
    rs.on('close', () => events.push('close'));
    // Long enough for every event; printed once.
    setTimeout(() => {
      console.log(label, events, 'destroyed', rs.destroyed);
      resolve();
    }, 100);
  });
}

(async () => {
  await watch('ENOENT', fs.createReadStream(`${dir}/missing`));
  await watch('EISDIR', fs.createReadStream(dir));
  await watch('ENOENT emitClose false', fs.createReadStream(`${dir}/missing`, { emitClose: false }));
})();
