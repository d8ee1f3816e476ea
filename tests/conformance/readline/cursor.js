// readline.cursorTo/moveCursor/clearLine/clearScreenDown: the sequences written, their return
// value and callbacks (also when there is nothing to write), their checks; and the Readline class
// of readline/promises: queued until commit(), rollback(), autoCommit.
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

const writes = [];
const out = new Writable({
  write(chunk, encoding, cb) {
    writes.push(chunk.toString());
    cb();
  },
});
const order = [];
const cb = (label) => (err) => order.push(`${label} ${err}`);
console.log(readline.cursorTo(out, 3), readline.cursorTo(out, 3, 4, cb('cursorTo')));
readline.cursorTo(out, 5, cb('cursorTo y-callback'));
readline.moveCursor(out, -2, 3);
readline.moveCursor(out, 4, -1, cb('moveCursor'));
console.log('no move', readline.moveCursor(out, 0, 0, cb('moveCursor none')));
readline.clearLine(out, -1);
readline.clearLine(out, 1);
readline.clearLine(out, 0, cb('clearLine'));
readline.clearScreenDown(out, cb('clearScreenDown'));
console.log('null stream', readline.cursorTo(null, 1, cb('null stream')), readline.clearLine(undefined, 0));
for (const [label, fn] of [
  ['cursorTo NaN', () => readline.cursorTo(out, NaN)],
  ['cursorTo y only', () => readline.cursorTo(out, 'a', 1)],
  ['cursorTo bad callback', () => readline.cursorTo(out, 1, 1, 'x')],
  ['moveCursor bad callback', () => readline.moveCursor(out, 1, 1, 5)],
]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

(async () => {
  await new Promise((resolve) => setImmediate(resolve));
  console.log(JSON.stringify(writes.splice(0)), order);
  const rl = new Readline(out);
  console.log('chained', rl.cursorTo(1).moveCursor(2, -3).clearLine(0).clearScreenDown() === rl, writes.length);
  await rl.commit();
  console.log('committed', JSON.stringify(writes.splice(0)));
  rl.cursorTo(0, 0).rollback();
  await rl.commit();
  console.log('rolled back', JSON.stringify(writes.splice(0)));
  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(7).clearLine(-1);
  console.log('autoCommit, before the tick', writes.length);
  await new Promise((resolve) => process.nextTick(resolve));
  console.log('autoCommit, after', JSON.stringify(writes.splice(0)));
  for (const [label, fn] of [
    ['not a stream', () => new Readline({})],
    ['autoCommit', () => new Readline(out, { autoCommit: 1 })],
    ['clearLine dir', () => rl.clearLine(2)],
    ['cursorTo x', () => rl.cursorTo('1')],
    ['moveCursor float', () => rl.moveCursor(1.5, 0)],
  ]) {
    try {
      fn();
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
})();
