// terminal: true over a PassThrough: the line editor. Typing, backspace, left/right, home/end,
// Ctrl-A/E/B/F/U/K/W/H/D/Y, Meta-B/F/D, delete, undo/redo, return/enter and pasted lines; each step prints the line, the cursor and
// exactly what was written to the output (the escape sequences that redraw the line).
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 80;
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
rl.on('line', (line) => console.log('LINE', JSON.stringify(line)));

function type(label, data) {
  written = '';
  input.write(data);
  console.log(label.padEnd(16), JSON.stringify(rl.line), rl.cursor, JSON.stringify(written));
}

rl.prompt();
type('text', 'hello world');
type('backspace', '\x7f');
type('left x2', '\x1b[D\x1b[D');
type('insert', 'X');
type('right', '\x1b[C');
type('home', '\x1b[H');
type('end', '\x1b[F');
type('ctrl-a', '\x01');
type('ctrl-f', '\x06');
type('ctrl-e', '\x05');
type('ctrl-b', '\x02');
type('ctrl-h', '\x08');
type('delete', '\x1b[3~');
type('ctrl-w', '\x17');
type('more text', 'big world');
type('meta-b', '\x1bb');
type('meta-b', '\x1bb');
type('meta-f', '\x1bf');
type('ctrl-a', '\x01');
type('meta-d', '\x1bd');
type('ctrl-left', '\x1b[1;5D');
type('ctrl-right', '\x1b[1;5C');
type('ctrl-k', '\x0b');
type('ctrl-a ctrl-k', '\x01\x0b');
type('ctrl-y', '\x19');
type('undo', '\x1f');
type('redo', '\x1e');
type('ctrl-u', '\x15');
type('text', 'abc');
type('ctrl-a ctrl-d', '\x01\x04');
type('return', '\r');
type('crlf', 'two\r\n');
type('pasted lines', 'a\nb\nc');
type('enter', '\n');
type('wide chars', '日本');
console.log('cursor pos', rl.getCursorPos());
type('ctrl-d (eof)', '\x04');
console.log('closed', rl.closed);
