// fs.createReadStream: a small highWaterMark cuts the file into chunks of that size; the events
// come in Node's order (open, ready, data..., end, close) and path/fd/pending/bytesRead follow.
const fs = require('fs');
const { dir } = require('./lib/tmp')('stream-read-chunks');
const file = `${dir}/f.txt`;
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');
const rs = fs.createReadStream(file, { highWaterMark: 5 });
const events = [];
console.log('class', rs.constructor.name, rs instanceof fs.ReadStream, rs instanceof require('stream').Readable);
console.log('before open', rs.pending, rs.fd, rs.bytesRead, rs.path === file, rs.flags, rs.mode, rs.autoClose);
console.log('highWaterMark', rs.readableHighWaterMark, fs.createReadStream(file).readableHighWaterMark);
rs.on('open', (fd) => events.push(`open ${typeof fd} pending=${rs.pending}`));
rs.on('ready', () => events.push('ready'));
rs.on('data', (chunk) => events.push(`data ${Buffer.isBuffer(chunk)} ${chunk.length} ${chunk} bytesRead=${rs.bytesRead}`));
rs.on('end', () => events.push('end'));
rs.on('close', () => {
  events.push(`close fd=${rs.fd} destroyed=${rs.destroyed}`);
  console.log(events.join('\n'));
});
