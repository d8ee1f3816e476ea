// isatty and the stream constructors on descriptors that are not terminals
// (the harness pipes stdout), and process.stdout.isTTY on a pipe.
const tty = require('tty');
console.log(Object.keys(tty));
console.log(tty.isatty(1), tty.isatty(-1), tty.isatty('0'), tty.isatty(1.5), tty.isatty(2 ** 31), tty.isatty(9999));
console.log(process.stdout.isTTY, 'isTTY' in process.stdout);
const fs = require('fs');
const file = fs.openSync(__filename, 'r');
for (const make of [
  () => new tty.WriteStream(file),
  () => new tty.ReadStream(file),
  () => new tty.WriteStream(-1),
  () => tty.WriteStream('1'),
  () => new tty.ReadStream(1.5),
  () => new tty.WriteStream(9999),
]) {
  try {
    make();
    console.log('made');
  } catch (e) {
    console.log(e.name, e.code, e.message, Object.keys(e), e.info, e.errno, e.syscall);
  }
}
// On a pipe Node makes the stream all the same; it is a WriteStream with no size.
const out = new tty.WriteStream(1);
console.log(out instanceof tty.WriteStream, out.isTTY, out.columns, out.rows, typeof out.getWindowSize);
console.log(tty.WriteStream(1) instanceof tty.WriteStream);
out.write('through the tty stream\n');
console.log(Object.getOwnPropertyNames(tty.WriteStream.prototype).sort());
console.log(Object.getOwnPropertyNames(tty.ReadStream.prototype).sort());
