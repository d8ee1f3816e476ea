// Assigning console._stdout / console._stderr sends the global console's output to those
// streams; the getters give process.stdout / process.stderr until then.
const { Writable } = require('stream');
console.log(console._stdout === process.stdout, console._stderr === process.stderr);
console.log(Object.keys(console).includes('_stdout'));
const seen = [];
const sink = (name) => new Writable({ write(chunk, enc, cb) { seen.push(`${name}: ${chunk}`); cb(); } });
const out = process.stdout;
console._stdout = sink('out');
console._stderr = sink('err');
console.log('to out');
console.error('to err');
console._stdout = out;
console.log(seen);
