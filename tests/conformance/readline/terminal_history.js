// The terminal line editor's history: lines are added (newest first, up to historySize, without
// consecutive duplicates, or removeHistoryDuplicates), up/down walk it (with the text before
// the cursor as a prefix search), the 'history' event, and Ctrl-C (SIGINT or close).
const readline = require('readline');
const { PassThrough } = require('stream');

function make(options) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  return { input, rl };
}

const { input, rl } = make({ historySize: 3, history: ['older'] });
rl.on('history', (h) => console.log('history event', JSON.stringify(h)));
for (const line of ['first', 'second', 'second', '   ', 'third', 'fourth']) input.write(`${line}\r`);
console.log('history', JSON.stringify(rl.history));
const key = (label, data) => {
  input.write(data);
  console.log(label.padEnd(10), JSON.stringify(rl.line), rl.cursor, rl.historyIndex);
};
key('up', '\x1b[A');
key('up', '\x1b[A');
key('up', '\x1b[A');
key('up', '\x1b[A');
key('down', '\x1b[B');
key('down', '\x1b[B');
key('down', '\x1b[B');
key('ctrl-u', '\x01\x0b');
key('typed s', 's');
key('up (s...)', '\x1b[A');
key('up (s...)', '\x1b[A');
key('ctrl-p', '\x10');
key('ctrl-n', '\x0e');

const dup = make({ removeHistoryDuplicates: true });
for (const line of ['a', 'b', 'a', 'c', 'b']) dup.input.write(`${line}\r`);
console.log('removeHistoryDuplicates', JSON.stringify(dup.rl.history));

const none = make({ historySize: 0 });
none.input.write('x\r');
console.log('historySize 0', JSON.stringify(none.rl.history));

rl.on('SIGINT', () => console.log('SIGINT'));
input.write('\x03');
console.log('closed after SIGINT listener', rl.closed === true);
const plain = make({});
plain.rl.on('close', () => console.log('ctrl-c without a SIGINT listener closes'));
plain.input.write('\x03');
