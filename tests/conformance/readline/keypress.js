// readline.emitKeypressEvents: the keys decoded from a stream's data (letters, ctrl, meta,
// return/enter/tab/backspace, arrows with modifiers, function keys, xterm/rxvt/putty/cygwin
// sequences, paste brackets, multi-byte characters), and a sequence split over two chunks.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
const seen = [];
input.on('keypress', (s, key) => seen.push([s, key]));
const sequences = [
  'a', 'Z', '5', '.', ' ', '\r', '\n', '\t', '\x7f', '\b', '\x01', '\x1a', '\x1bb', '\x1bB', '\x1b\r',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[1;5C', '\x1b[1;2D', '\x1b[1;3A', '\x1bOA', '\x1bOP', '\x1b[11~',
  '\x1b[24;5~', '\x1b[3~', '\x1b[5~', '\x1b[[5~', '\x1b[2^', '\x1b[a', '\x1bOc', '\x1b[[A', '\x1b[Z', '\x1b[H',
  '\x1b[F', '\x1b[200~', '\x1b[201~', '\x1b[7$', '\x1b[99x', 'é', '😀', '\x1b\x1b[A',
];
for (const s of sequences) input.write(s);
input.write('\x1b[');
input.write('1;5');
input.write('D');
input.write('xy');
setImmediate(() => {
  for (const [s, key] of seen) console.log(JSON.stringify(s), JSON.stringify(key));
});
