// A Console that ignores errors (the default) survives a stream whose write throws or calls
// back with an error, now or later; a subclass's own methods are the ones bound.
const { Console } = require('console');
const { Writable } = require('stream');
const streams = [
  new Writable({ write(c, e, cb) { cb(new Error('cb error')); } }),
  new Writable({ write() { throw new Error('thrown'); } }),
  new Writable({ write(c, e, cb) { setImmediate(() => cb(new Error('later'))); } }),
];
for (const s of streams) {
  const c = new Console(s, s);
  c.log('a');
  c.warn('b');
  c.dir({ c: 1 });
}
class MyConsole extends Console {
  log() { return 'overridden'; }
}
const mine = new MyConsole(process.stdout);
const { log } = mine;
console.log(mine.log(), log(), mine instanceof Console);
setImmediate(() => setImmediate(() => console.log('still running')));
