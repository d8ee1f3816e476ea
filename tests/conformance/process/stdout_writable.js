// process.stdout is a Writable: its stream state, cork/uncork batching
// writes, callbacks after the write, and 'finish' after end() while the
// fd stays open (stderr reports).
const { Writable } = require('stream');
const out = process.stdout;
const log = [];
log.push(`writable: ${out instanceof Writable} ${out.writable} length=${out.writableLength} hwm=${out.writableHighWaterMark}`);
log.push(`type: ${out._type} isTTY=${out.isTTY} fd=${out.fd}`);
out.cork();
out.write('a');
out.write('b');
log.push(`corked=${out.writableCorked} length=${out.writableLength}`);
out.uncork();
log.push(`uncorked length=${out.writableLength}`);
out.write('\n', () => log.push('write callback'));
out.on('finish', () => {
  log.push(`finish ended=${out.writableEnded} finished=${out.writableFinished}`);
  process.stderr.write(`${log.join('\n')}\n`);
});
out.end('end\n');
